import type { Metadata } from "next";
import Link from "@/app/components/AtlasLink";
import { readDatabase } from "@/lib/db/client";
import { searchStatements, themeList } from "@/lib/db/queries";
import { searchTerms } from "@/lib/db/statement-sql";
import { filterQueryString, parseSearchPageFilter, toSearchParams } from "@/lib/filters";
import { localName } from "@/lib/i18n";
import { requestLocale } from "@/app/locale";
import DownloadLink from "@/app/components/DownloadLink";
import CountBars from "@/app/components/CountBars";
import FilterBar from "@/app/components/FilterBar";
import FilterProblem from "@/app/components/FilterProblem";
import StatementList from "@/app/components/StatementList";

export const dynamic = "force-dynamic";

export async function generateMetadata({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }): Promise<Metadata> {
  const { t } = await requestLocale();
  const q = (await searchParams).q;
  return { title: typeof q === "string" && q.trim() ? `${q.trim().slice(0, 100)} · ${t.searchTitle}` : t.searchTitle };
}

const RESULTS_SHOWN = 200;

export default async function SearchPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const db = readDatabase();
  const { locale, t } = await requestLocale();
  // Validate query parameters.
  const parsed = parseSearchPageFilter(toSearchParams(await searchParams));
  const themes = await themeList(db);
  if (!parsed.ok) {
    return (
      <>
        <h1>{t.searchTitle}</h1>
        <FilterBar filter={{ q: "" }} themes={themes} locale={locale} action="/search" />
        <FilterProblem message={parsed.message} locale={locale} />
      </>
    );
  }
  const { count, ...filter } = parsed.filter;
  if (!filter.q) {
    return (
      <>
        <h1>{t.searchTitle}</h1>
        <FilterBar filter={{ ...filter, q: "" }} themes={themes} locale={locale} action="/search" />
        <p className="empty-state">{t.searchPrompt}</p>
      </>
    );
  }
  // Counting stops at a cap unless the reader asks for every match (count=all).
  const result = await searchStatements(db, { ...filter, q: filter.q, limit: RESULTS_SHOWN }, count === "all" ? { countCap: null } : {});
  const { total } = result;

  return (
    <>
      <h1>{t.searchTitle}</h1>
      <FilterBar filter={filter} themes={themes} locale={locale} action="/search" />
      <div className="page-actions">
        <p data-testid="search-summary">
          {total.exact ? t.searchResults(total.count, filter.q) : t.searchResultsMoreThan(total.count, filter.q)}
          {total.count > result.statements.length ? ` · ${t.searchShown(result.statements.length)}` : ""}
          {total.exact ? null : (
            <>
              {" · "}
              <Link href={`/search?${filterQueryString(filter, { count: "all" })}`} data-testid="count-all">
                {t.countAllMatches}
              </Link>
            </>
          )}
        </p>
        {total.count > 0 ? <DownloadLink filter={filter} locale={locale} /> : null}
      </div>
      {total.count === 0 ? (
        <p className="empty-state">{t.searchEmpty}</p>
      ) : (
        <div className="map-layout">
          <section className="panel" aria-label={t.statementsHeading}>
            <StatementList statements={result.statements} locale={locale} highlight={searchTerms(filter.q)} />
          </section>
          <aside className="panel" aria-label={t.matchesByRegion}>
            <h2>{t.matchesByRegion}</h2>
            {result.byRegion ? (
              <CountBars
                testId="matches-by-region"
                rows={result.byRegion.map((r) => ({
                  key: r.code ?? "none",
                  label: r.code ? (
                    <Link href={`/search?${filterQueryString({ ...filter, region: r.code })}`}>{localName(locale, { nameZh: r.name, nameEn: r.nameEn })}</Link>
                  ) : (
                    t.noRegion
                  ),
                  count: r.statements,
                }))}
              />
            ) : (
              <p className="empty-state" data-testid="matches-by-region-uncounted">
                {t.matchesByRegionUncounted}
              </p>
            )}
          </aside>
        </div>
      )}
    </>
  );
}
