import Link from "next/link";
import { readDatabase } from "@/lib/db/client";
import { regionSummaries, regionDetail, themeList } from "@/lib/db/queries";
import { parseStatementFilter, toSearchParams } from "@/lib/filters";
import FilterBar from "./components/FilterBar";
import ChinaMap from "./components/LazyChinaMap";
import StatementList from "./components/StatementList";

export const dynamic = "force-dynamic";

const CENTRAL_PANEL_SIZE = 30;

export default async function MapPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const db = readDatabase();
  // Validate query parameters.
  const parsed = parseStatementFilter(toSearchParams(await searchParams));
  const themes = await themeList(db);
  if (!parsed.ok) {
    return (
      <>
        <FilterBar filter={{}} themes={themes} />
        <section className="panel" role="alert">
          <h2>These filters cannot be applied</h2>
          <p>{parsed.message}</p>
        </section>
      </>
    );
  }
  const filter = parsed.filter;
  const [regions, central] = await Promise.all([regionSummaries(db, filter), regionDetail(db, "central", { ...filter, limit: CENTRAL_PANEL_SIZE })]);
  const mapped = regions.filter((r) => r.code !== "central");
  const total = regions.reduce((sum, r) => sum + r.allStatements, 0);

  if (total === 0) {
    return (
      <section className="panel empty-state">
        <h2>No statements loaded yet</h2>
        <p>
          Load articles with <code>npm run seed</code> (the bundled articles) or <code>npm run seed -- path/to/folder</code>,
          then reload this page.
        </p>
      </section>
    );
  }

  return (
    <>
    <FilterBar filter={filter} themes={themes} />
    <div className="map-layout">
      <section aria-label="Map of statements by region">
        <ChinaMap regions={regions} />
        <details className="region-table-wrap">
          <summary>Table of statements by region</summary>
          <table className="region-table">
            <thead>
              <tr>
                <th scope="col">Region</th>
                <th scope="col">Statements</th>
                <th scope="col">Speakers</th>
              </tr>
            </thead>
            <tbody>
              {mapped.map((r) => (
                <tr key={r.code}>
                  <td>
                    <Link href={`/province/${r.code}`}>
                      {r.name} {r.nameEn}
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
      <aside className="panel" aria-label="Central directives" data-testid="central-panel">
        <h2>
          中央 Central <span className="statement-meta">({central?.total ?? 0})</span>
        </h2>
        <StatementList statements={central?.statements ?? []} />
        {central && central.total > CENTRAL_PANEL_SIZE ? <Link href="/province/central">All central statements</Link> : null}
      </aside>
    </div>
    </>
  );
}
