import type { Metadata } from "next";
import Link from "@/app/components/AtlasLink";
import SourceLine from "@/app/components/SourceLine";
import { readDatabase } from "@/lib/db/client";
import { compareRegions } from "@/lib/db/compare";
import { echoLagByRegion, type RegionEchoSpeed } from "@/lib/db/echoes";
import { firstSentence, themeList } from "@/lib/db/queries";
import { compareHref, MAX_COMPARED, MIN_COMPARED } from "@/lib/compare-selection";
import { compareSelectionSchema, parseStatementFilter, toSearchParams } from "@/lib/filters";
import { localName, type Messages } from "@/lib/i18n";
import regionsFile from "@/data/regions.json";
import { requestLocale } from "@/app/locale";
import DownloadLink from "@/app/components/DownloadLink";
import FilterBar from "@/app/components/FilterBar";
import FilterProblem from "@/app/components/FilterProblem";
import TopicProfile from "@/app/components/TopicProfile";
import PersonName from "@/app/components/PersonName";
import { officeTitle } from "@/lib/names-en";

export const dynamic = "force-dynamic";

export async function generateMetadata({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }): Promise<Metadata> {
  const { locale, t } = await requestLocale();
  const listed = [(await searchParams).regions ?? []].flat().join(",");
  const selection = compareSelectionSchema.safeParse(listed ? { regions: listed } : {});
  const names = selection.success ? selection.data.regions.flatMap((code) => regionsFile.regions.filter((r) => r.code === code)).map((r) => localName(locale, r)) : [];
  return { title: names.length > 0 ? `${names.join(" · ")} · ${t.compareTitle}` : t.compareTitle };
}

/** What a region did with the centre's statements, in the four states of the trace map, and how fast (the centre itself has no row). */
function EchoSpeed({ speed, t }: { speed: RegionEchoSpeed | undefined; t: Messages }) {
  if (!speed) return null;
  return (
    <p data-testid="compare-echo-speed">
      <strong>{t.echoSpeed}:</strong> {t.echoSpeedCell(speed.echoed, speed.cited, speed.silent, speed.noArticles, speed.windowDays)}
      {speed.medianLagDays !== null ? ` · ${t.medianLag(speed.medianLagDays)}` : ""}
      {speed.fastestLagDays !== null ? ` · ${t.fastestLag(speed.fastestLagDays)}` : ""}
    </p>
  );
}

export default async function ComparePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const db = readDatabase();
  const { locale, t } = await requestLocale();
  // Validate query parameters: `regions` (a list, or repeated by the picker form), then the map's filters.
  const params = toSearchParams(await searchParams);
  const listed = params.getAll("regions").filter(Boolean).join(",");
  const selection = compareSelectionSchema.safeParse(listed ? { regions: listed } : {});
  const parsedFilter = parseStatementFilter(new URLSearchParams([...params].filter(([key]) => key !== "regions")));
  const themes = await themeList(db);
  const codes = selection.success ? selection.data.regions : [];
  const problem = !selection.success
    ? `regions: ${selection.error.issues.map((i) => i.message).join("; ")}`
    : !parsedFilter.ok
      ? parsedFilter.message
      : null;
  const filter = parsedFilter.ok ? parsedFilter.filter : {};

  const pickers = (
    <>
      {Array.from({ length: MAX_COMPARED }, (_, i) => (
        <label key={i}>
          {i === 0 ? t.comparePick : <span className="visually-hidden">{t.region} {i + 1}</span>}
          <select name="regions" defaultValue={codes[i] ?? ""} data-testid={`compare-picker-${i}`}>
            <option value="">—</option>
            {regionsFile.regions.map((r) => (
              <option key={r.code} value={r.code}>
                {localName(locale, { name: r.name, nameEn: r.nameEn })}
              </option>
            ))}
          </select>
        </label>
      ))}
    </>
  );
  const header = (
    <>
      <h1>{t.compareTitle}</h1>
      <FilterBar filter={filter} themes={themes} locale={locale} action="/compare" clearHref={compareHref(codes)}>
        {pickers}
      </FilterBar>
    </>
  );
  if (problem) {
    return (
      <>
        {header}
        <FilterProblem message={problem} locale={locale} />
      </>
    );
  }
  if (codes.length < MIN_COMPARED) {
    return (
      <>
        {header}
        <p className="empty-state">{t.compareTooFew}</p>
      </>
    );
  }

  const [comparison, echoSpeed] = await Promise.all([compareRegions(db, codes, filter), echoLagByRegion(db, codes)]);
  const columns = { gridTemplateColumns: `repeat(${comparison.regions.length}, minmax(14rem, 1fr))` };
  // One topic order for every column, the most discussed across the regions first, so rows line up.
  const topicTotals = new Map<number, number>();
  for (const r of comparison.regions) for (const x of r.topics) topicTotals.set(x.code, (topicTotals.get(x.code) ?? 0) + x.statements);
  const topicOrder = [...topicTotals].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([code]) => code);
  return (
    <>
      {header}
      <div className="compare-scroll">
        <div className="compare-grid" style={columns} data-testid="compare-grid">
          {comparison.regions.map((r, column) => (
            <section key={r.code} className="panel compare-column" data-testid="compare-column" data-region={r.code}>
              <h2>
                <Link href={`/province/${r.code}`}>{localName(locale, r)}</Link>{" "}
                <span className="statement-meta">{locale === "zh" ? r.nameEn : r.name}</span>
              </h2>
              <p className="statement-meta" data-testid="compare-count">
                {t.statementCount(r.statements)}
              </p>
              <EchoSpeed speed={echoSpeed.find((e) => e.regionCode === r.code && r.code !== "central")} t={t} />
              <DownloadLink filter={{ ...filter, region: r.code }} locale={locale} />
              <h3>{t.leaders}</h3>
              <ul className="compact-list">
                {r.leaders.slice(0, 6).map((l) => (
                  <li key={l.name}>
                    {l.leaderId ? (
                      <Link href={`/leader/${l.leaderId}`}>
                        <PersonName name={l.name} locale={locale} />
                      </Link>
                    ) : (
                      l.name
                    )}{" "}
                    <span className="statement-meta">
                      {l.office ? officeTitle(locale, l.office) : ""} ({l.statements})
                    </span>
                  </li>
                ))}
              </ul>
              <h3>{t.topicProfile}</h3>
              <TopicProfile
                topics={topicOrder.map((code) => ({ code, statements: r.topics.find((x) => x.code === code)?.statements ?? 0 }))}
                themes={comparison.rows.map((row) => ({ id: row.theme.id, name: localName(locale, row.theme), statements: row.cells[column].statements }))}
                maxTopicCount={comparison.maxTopicCount}
                maxThemeCount={comparison.maxThemeCount}
                locale={locale}
              />
            </section>
          ))}
        </div>
        <h2>{t.alignedByTheme}</h2>
        {comparison.rows.map((row) => (
          <section key={row.theme.id} className="compare-row" data-testid="compare-row" data-theme={row.theme.id}>
            <h3>{localName(locale, row.theme)}</h3>
            <div className="compare-grid" style={columns}>
              {row.cells.map((cell) => (
                <div key={cell.regionCode} className="panel compare-cell" data-region={cell.regionCode}>
                  {cell.statements === 0 ? (
                    <span className="empty-state">{t.nothingOnTheme}</span>
                  ) : (
                    <ul className="compact-list">
                      {cell.newest.map((s) => (
                        <li key={s.id} data-testid="compare-statement">
                          <span className="statement-meta">
                            {s.speaker ?? "—"} · {s.date ?? ""}
                          </span>
                          <br />
                          <Link href={`/article/${s.articleId}#s-${s.id}`}>{firstSentence(s.text, 90)}</Link>
                          <br />
                          <SourceLine
                            article={{ source: s.source, title: s.articleTitle, date: s.articleDate, url: s.url }}
                            articleHref={`/article/${s.articleId}#s-${s.id}`}
                            alsoIn={s.alsoIn}
                            locale={locale}
                          />
                        </li>
                      ))}
                      {cell.statements > cell.newest.length ? <li className="statement-meta">+{cell.statements - cell.newest.length}</li> : null}
                    </ul>
                  )}
                </div>
              ))}
            </div>
          </section>
        ))}
      </div>
    </>
  );
}
