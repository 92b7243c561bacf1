import type { Metadata } from "next";
import Link from "@/app/components/AtlasLink";
import { readDatabase } from "@/lib/db/client";
import { leaderNames, regionSummaries, regionDetail, statementDateRange, themeList } from "@/lib/db/queries";
import { articlesByRegion, loadedCorpus } from "@/lib/db/coverage";
import { speakerNames } from "@/lib/db/filter-options";
import { unknownFilterValues } from "@/lib/known-filter-values";
import { DEFAULT_MAP_MODE, largestValue, parseMapMode, regionMeasures } from "@/lib/map-measure";
import { filterQueryString, parseStatementFilter, toSearchParams } from "@/lib/filters";
import { multiplePeriods, yearOfPeriod, yearSteps } from "@/lib/period";
import { regionCountsByPeriod } from "@/lib/db/period-counts";
import { localName, withLang } from "@/lib/i18n";
import { MAP_VIEW_PARAM, splitMapView, type MapView } from "@/lib/map-view";
import { officeTitle, personName } from "@/lib/names-en";
import { requestLocale } from "@/app/locale";
import DownloadLink from "@/app/components/DownloadLink";
import FilterBar from "@/app/components/FilterBar";
import FigureDownloads from "@/app/components/FigureDownloads";
import FilterProblem from "@/app/components/FilterProblem";
import PeriodControl from "@/app/components/PeriodControl";
import ChinaMap from "@/app/components/LazyChinaMap";
import CoverageLegend from "@/app/components/CoverageLegend";
import MapModeControl from "@/app/components/MapModeControl";
import PanelDownload from "@/app/components/PanelDownload";
import SmallMultiples from "@/app/components/LazySmallMultiples";
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
  // Validate query parameters: the map's own `mode` and `view`, then the filters, then whether the data knows their values.
  const params = toSearchParams(await searchParams);
  const parsedMode = parseMapMode(params.get("mode"));
  const split = splitMapView(new URLSearchParams([...params].filter(([key]) => key !== "mode")));
  const parsed = split.ok ? parseStatementFilter(split.filters) : split;
  const [themes, leaders] = await Promise.all([themeList(db), speakerNames(db)]);
  const problem = !parsedMode.ok
    ? parsedMode.message
    : !parsed.ok
      ? parsed.message
      : unknownFilterValues(parsed.filter, { themeIds: themes.map((theme) => theme.id), speakers: leaders });
  if (problem !== null || !parsed.ok || !parsedMode.ok || !split.ok) {
    return (
      <>
        <FilterBar filter={parsed.ok ? parsed.filter : {}} themes={themes} locale={locale} leaders={leaders} />
        <FilterProblem message={problem ?? ""} locale={locale} />
      </>
    );
  }
  const filter = parsed.filter;
  const mode = parsedMode.mode;
  const view = split.view;
  const [regions, central, dates, articles, corpus, people] = await Promise.all([
    regionSummaries(db, filter),
    regionDetail(db, "central", { ...filter, limit: CENTRAL_PANEL_SIZE }),
    statementDateRange(db),
    articlesByRegion(db, filter),
    loadedCorpus(db),
    leaderNames(db),
  ]);
  const panels = view === "multiples" ? await regionCountsByPeriod(db, filter, multiplePeriods(dates.first, dates.last, filter.from, filter.to)) : [];
  const mapped = regions.filter((r) => r.code !== "central");
  const measures = regionMeasures(mapped, Object.fromEntries(articles), mode);
  const modeParam: Record<string, string> = mode === DEFAULT_MAP_MODE ? {} : { mode };
  const viewHref = (next: MapView) => {
    const query = filterQueryString(filter, { ...modeParam, ...(asked ? { lang: asked } : {}), ...(next === "map" ? {} : { [MAP_VIEW_PARAM]: next }) });
    return query ? `/?${query}` : "/";
  };
  // The tooltip's speakers and offices in the reader's language, romanised here: pinyin stays on the server.
  const regionsInLocale = regions.map((r) => ({
    ...r,
    speakers: r.speakers.map((s) => ({ ...s, name: people.has(s.name) ? personName(locale, s.name) : s.name, office: s.office && officeTitle(locale, s.office) })),
  }));
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
      <FilterBar filter={filter} themes={themes} locale={locale} leaders={leaders}>
        {mode === DEFAULT_MAP_MODE ? null : <input type="hidden" name="mode" value={mode} />}
        {view === "map" ? null : <input type="hidden" name={MAP_VIEW_PARAM} value={view} />}
      </FilterBar>
      <div className="map-layout">
        <section aria-label={t.mapLabel} className="map-section">
          <div className="map-toolbar">
            <nav className="view-switch" aria-label={t.mapViews} data-testid="view-switch">
              {(["map", "multiples"] as const).map((v) => (
                // Plain links, not AtlasLink: viewHref has put the view's lang in already.
                <a key={v} href={withLang(viewHref(v), null)} aria-current={view === v ? "page" : undefined}>
                  {v === "map" ? t.viewMap : t.viewMultiples}
                </a>
              ))}
            </nav>
            {view === "map" ? (
              <>
                <PeriodControl
                  years={yearSteps(dates.first, dates.last)}
                  year={yearOfPeriod(filter.from, filter.to)}
                  query={filterQueryString(filter, { ...modeParam, ...(asked ? { lang: asked } : {}) })}
                  locale={locale}
                />
                <MapModeControl mode={mode} filter={filter} locale={locale} />
              </>
            ) : null}
          </div>
          <p className="data-period statement-meta" data-testid="data-period">
            {t.dataPeriod(corpus.articles, corpus.stories, corpus.first, corpus.last)}
            {t.viewPeriod(filter.from, filter.to)}
          </p>
          {view === "multiples" ? (
            <>
              <p className="statement-meta">{t.multiplesHint}</p>
              <SmallMultiples
                panels={panels}
                regions={mapped.map((r) => ({ code: r.code, name: r.name, label: localName(locale, r) }))}
                locale={locale}
                lang={asked}
                legendTitle={t.countedPerRegion(filter.kind)}
              />
            </>
          ) : (
            <>
              <ChinaMap
                regions={regionsInLocale}
                measures={measures}
                locale={locale}
                lang={asked}
                legendTitle={mode === DEFAULT_MAP_MODE ? t.countedPerRegion(filter.kind) : t.mapModes(filter.kind)[mode]}
              />
              <CoverageLegend mode={mode} kind={filter.kind} max={largestValue(measures)} locale={locale} />
            </>
          )}
          <div className="page-actions">
            <DownloadLink filter={filter} locale={locale} />
            <PanelDownload filter={filter} locale={locale} />
            <FigureDownloads filter={filter} themes={themes} locale={locale} lang={asked} />
          </div>
          <details className="region-table-wrap">
            <summary>{t.regionTable}</summary>
            <table className="region-table">
              <thead>
                <tr>
                  <th scope="col">{t.region}</th>
                  <th scope="col">{t.statementsHeading}</th>
                  <th scope="col">{t.mapModes(filter.kind).coverage}</th>
                  <th scope="col">{t.speakers}</th>
                </tr>
              </thead>
              <tbody>
                {regionsInLocale.filter((r) => r.code !== "central").map((r) => (
                  <tr key={r.code}>
                    <td>
                      <Link href={`/province/${r.code}`}>
                        {localName(locale, r)} <span className="statement-meta">{locale === "zh" ? r.nameEn : r.name}</span>
                      </Link>
                    </td>
                    <td className="count">{r.statements}</td>
                    <td className="count">{measures[r.name]?.articles ?? 0}</td>
                    <td>{r.speakers.map((s) => s.name).join(locale === "zh" ? "、" : ", ")}</td>
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
