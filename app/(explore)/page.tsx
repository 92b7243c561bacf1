import type { Metadata } from "next";
import Link from "@/app/components/AtlasLink";
import { readDatabase } from "@/lib/db/client";
import { regionSummaries, regionDetail, statementDateRange, themeList } from "@/lib/db/queries";
import { filterQueryString, parseStatementFilter, toSearchParams } from "@/lib/filters";
import { yearOfPeriod, yearSteps } from "@/lib/period";
import { localName } from "@/lib/i18n";
import { requestLocale } from "@/app/locale";
import DownloadLink from "@/app/components/DownloadLink";
import FilterBar from "@/app/components/FilterBar";
import FigureDownloads from "@/app/components/FigureDownloads";
import FilterProblem from "@/app/components/FilterProblem";
import PeriodControl from "@/app/components/PeriodControl";
import ChinaMap from "@/app/components/LazyChinaMap";
import StatementList from "@/app/components/StatementList";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await requestLocale();
  return { title: t.navMap };
}

const CENTRAL_PANEL_SIZE = 30;

export default async function MapPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const db = readDatabase();
  const { locale, t, asked } = await requestLocale();
  // Validate query parameters.
  const parsed = parseStatementFilter(toSearchParams(await searchParams));
  const themes = await themeList(db);
  if (!parsed.ok) {
    return (
      <>
        <FilterBar filter={{}} themes={themes} locale={locale} />
        <FilterProblem message={parsed.message} locale={locale} />
      </>
    );
  }
  const filter = parsed.filter;
  const [regions, central, dates] = await Promise.all([
    regionSummaries(db, filter),
    regionDetail(db, "central", { ...filter, limit: CENTRAL_PANEL_SIZE }),
    statementDateRange(db),
  ]);
  const mapped = regions.filter((r) => r.code !== "central");
  const total = regions.reduce((sum, r) => sum + r.allStatements, 0);

  if (total === 0) {
    return (
      <section className="panel empty-state">
        <h2>{t.noStatementsYet}</h2>
        <p>{t.howToLoad}</p>
      </section>
    );
  }

  return (
    <>
      <FilterBar filter={filter} themes={themes} locale={locale} />
      <div className="map-layout">
        <section aria-label={t.mapLabel}>
          <PeriodControl
            years={yearSteps(dates.first, dates.last)}
            year={yearOfPeriod(filter.from, filter.to)}
            query={filterQueryString(filter, asked ? { lang: asked } : {})}
            locale={locale}
          />
          <ChinaMap regions={regions} locale={locale} lang={asked} legendTitle={t.countedPerRegion(filter.kind)} />
          <div className="page-actions">
            <DownloadLink filter={filter} locale={locale} />
            <FigureDownloads filter={filter} themes={themes} locale={locale} lang={asked} />
          </div>
          <details className="region-table-wrap">
            <summary>{t.regionTable}</summary>
            <table className="region-table">
              <thead>
                <tr>
                  <th scope="col">{t.region}</th>
                  <th scope="col">{t.statementsHeading}</th>
                  <th scope="col">{t.speakers}</th>
                </tr>
              </thead>
              <tbody>
                {mapped.map((r) => (
                  <tr key={r.code}>
                    <td>
                      <Link href={`/province/${r.code}`}>
                        {localName(locale, r)} <span className="statement-meta">{locale === "zh" ? r.nameEn : r.name}</span>
                      </Link>
                    </td>
                    <td className="count">{r.statements}</td>
                    <td>{r.speakers.map((s) => s.name).join("、")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </section>
        <aside className="panel" aria-label={t.central} data-testid="central-panel">
          <h2>
            {t.central} <span className="statement-meta">({central?.total ?? 0})</span>
          </h2>
          <StatementList statements={central?.statements ?? []} locale={locale} />
          {central && central.total > CENTRAL_PANEL_SIZE ? <Link href="/province/central">{t.allCentral}</Link> : null}
        </aside>
      </div>
    </>
  );
}
