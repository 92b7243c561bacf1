import type { Metadata } from "next";
import Link from "@/app/components/AtlasLink";
import { notFound } from "next/navigation";
import { readDatabase } from "@/lib/db/client";
import { firstSentence, themeList } from "@/lib/db/queries";
import { echoesOfRegion } from "@/lib/db/echoes";
import { regionOverview } from "@/lib/db/region-page";
import { compareHref } from "@/lib/compare-selection";
import type { StatementView } from "@/lib/definitions";
import { parseStatementFilter, toSearchParams } from "@/lib/filters";
import { localName } from "@/lib/i18n";
import { regionCodeOf } from "@/lib/regions";
import regionsFile from "@/data/regions.json";
import { requestLocale } from "@/app/locale";
import DownloadLink from "@/app/components/DownloadLink";
import CountBars from "@/app/components/CountBars";
import FilterBar from "@/app/components/FilterBar";
import FilterProblem from "@/app/components/FilterProblem";
import RegionEchoList from "@/app/components/RegionEchoList";
import TitledPanel from "@/app/components/TitledPanel";
import StatementList from "@/app/components/StatementList";
import StatementTimeline from "@/app/components/StatementTimeline";
import CityMap from "@/app/components/LazyCityMap";
import { cityStatements } from "@/lib/db/city-statements";
import { cityBoundaries } from "@/lib/geo/city-boundaries";
import { officeTitle, personName } from "@/lib/names-en";
import PersonName from "@/app/components/PersonName";

export const dynamic = "force-dynamic";

/** The region a route names, by code, Chinese name or adcode (/province/河南, /province/410000). */
function regionOfRoute(segment: string): string | null {
  let spelling = segment;
  try {
    spelling = decodeURIComponent(segment); // Next may hand the segment over still encoded
  } catch {}
  return spelling.length > 20 ? null : regionCodeOf(spelling);
}

export async function generateMetadata({ params }: { params: Promise<{ code: string }> }): Promise<Metadata> {
  const { locale, t } = await requestLocale();
  const code = regionOfRoute((await params).code);
  const region = regionsFile.regions.find((r) => r.code === code);
  return { title: region ? (locale === "zh" ? region.fullName : region.nameEn) : t.notFoundTitle };
}


/** Statements grouped by speaker (most statements first), each group oldest first. */
function byLeader(statements: StatementView[]): { speaker: string | null; statements: StatementView[] }[] {
  const groups = new Map<string | null, StatementView[]>();
  for (const s of statements) groups.set(s.speaker, [...(groups.get(s.speaker) ?? []), s]);
  return [...groups]
    .map(([speaker, list]) => ({ speaker, statements: list.sort((a, b) => (a.date ?? "").localeCompare(b.date ?? "") || a.id - b.id) }))
    .sort((a, b) => b.statements.length - a.statements.length || (a.speaker === null ? 1 : 0) - (b.speaker === null ? 1 : 0));
}

export default async function ProvincePage({
  params,
  searchParams,
}: {
  params: Promise<{ code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const db = readDatabase();
  const { locale, t, asked } = await requestLocale();
  // Validate route params and query parameters.
  const code = regionOfRoute((await params).code);
  if (!code) notFound();
  const parsed = parseStatementFilter(toSearchParams(await searchParams));
  const themes = await themeList(db);
  if (!parsed.ok) {
    return (
      <>
        <FilterBar filter={{}} themes={themes} locale={locale} action={`/province/${code}`} />
        <FilterProblem message={parsed.message} locale={locale} />
      </>
    );
  }
  const filter = parsed.filter;
  const boundaries = cityBoundaries(code);
  const [region, echoes, cities] = await Promise.all([
    regionOverview(db, code, filter),
    code === "central" ? null : echoesOfRegion(db, code),
    boundaries ? cityStatements(db, code, filter) : [],
  ]);
  if (!region) notFound();

  return (
    <>
      <h1>
        {locale === "zh" ? region.fullName : region.nameEn} <span className="statement-meta">{locale === "zh" ? region.nameEn : region.fullName}</span>
      </h1>
      <FilterBar filter={filter} themes={themes} locale={locale} action={`/province/${code}`} />
      <div className="page-actions">
        <p className="statement-meta" data-testid="region-count">
          {t.statementCount(region.total)}
          {region.total > region.statements.length ? ` · ${t.newestShown(region.statements.length)}` : ""}
        </p>
        <DownloadLink filter={{ ...filter, region: code }} locale={locale} />
        <Link href={compareHref(code === "central" ? ["central"] : [code, "central"])}>{t.compareThisRegion}</Link>
      </div>

      <div className="region-grid">
        <TitledPanel id="leaders" title={t.regionLeaders}>
          {region.posts.length === 0 ? (
            <p className="empty-state">{t.noPostsOnRecord}</p>
          ) : (
            <table className="region-table" data-testid="region-posts">
              <tbody>
                {region.posts.map((p, i) => (
                  <tr key={i}>
                    <td>
                      <Link href={`/leader/${p.leaderId}`}>
                        <PersonName name={p.leader} locale={locale} />
                      </Link>
                    </td>
                    <td>
                      {p.city ? `${p.city} ` : ""}
                      {officeTitle(locale, p.office)}
                    </td>
                    <td className="statement-meta">
                      {p.startDate} – {p.endDate ?? t.now}{" "}
                      <a href={p.source} rel="noreferrer noopener">
                        {t.source}
                      </a>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </TitledPanel>
        <TitledPanel id="themes" title={t.themeBreakdown}>
          <CountBars
            testId="theme-breakdown"
            rows={region.themes.map((theme) => ({
              key: theme.id,
              label: <Link href={`/province/${code}?theme=${theme.id}`}>{localName(locale, theme)}</Link>,
              count: theme.statements,
            }))}
          />
          <h2>{t.timeline}</h2>
          <StatementTimeline statements={region.statements} label={t.timeline} rowOf={(s) => (s.speaker ? (s.leaderId ? personName(locale, s.speaker) : s.speaker) : t.unattributed)} lang={asked} />
        </TitledPanel>
      </div>

      {boundaries && cities.length > 0 ? (
        <TitledPanel id="cities" title={t.cityMap} hint={t.cityMapHint} testId="cities">
          <CityMap
            regionCode={code}
            boundaries={boundaries}
            cities={cities.map((c) => ({ city: c.city, total: c.total, countText: t.statementCount(c.total) }))}
            legendTitle={t.municipalPerCity}
            listLabel={t.cityList}
            lists={Object.fromEntries(
              cities.map((c) => [
                c.city,
                <section key={c.city} aria-label={c.city}>
                  <div className="page-actions">
                    <h3>{t.cityStatements(c.city, c.total, c.statements.length)}</h3>
                    <DownloadLink filter={{ ...filter, region: code, city: c.city }} locale={locale} />
                  </div>
                  <StatementList statements={c.statements} locale={locale} />
                </section>,
              ]),
            )}
          />
        </TitledPanel>
      ) : null}

      {region.followed.length > 0 ? (
        <TitledPanel id="central" title={t.besideCentral} hint={t.besideCentralHint} testId="beside-central">
          <table className="region-table beside-central">
            <tbody>
              {region.followed.map(({ central, followers }) => (
                <tr key={central.id}>
                  <td>
                    <span className="statement-meta">
                      {central.date} · {central.speaker ?? t.central}
                    </span>
                    <br />
                    <Link href={`/article/${central.articleId}#s-${central.id}`}>{firstSentence(central.text, 70)}</Link>
                  </td>
                  <td>
                    <ul className="compact-list">
                      {followers.map(({ statement, lagDays }) => (
                        <li key={statement.id}>
                          <span className="lag">{t.daysAfter(lagDays)}</span> {statement.date} · {statement.speaker ?? "—"}:{" "}
                          <Link href={`/article/${statement.articleId}#s-${statement.id}`}>{firstSentence(statement.text, 50)}</Link>
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TitledPanel>
      ) : null}

      {echoes ? <RegionEchoList echoes={echoes} locale={locale} /> : null}

      <TitledPanel id="statements" title={t.statementsByLeader}>
        {region.statements.length === 0 ? (
          <p className="empty-state">{t.noRegionStatements}</p>
        ) : (
          byLeader(region.statements).map((group) => (
            <section key={group.speaker ?? "none"} className="leader-group" data-testid="leader-group" data-speaker={group.speaker ?? ""}>
              <h3>
                {group.speaker ? <PersonName name={group.speaker} locale={locale} /> : t.unattributed} <span className="statement-meta">({group.statements.length})</span>
              </h3>
              <StatementList statements={group.statements} locale={locale} />
            </section>
          ))
        )}
      </TitledPanel>
    </>
  );
}
