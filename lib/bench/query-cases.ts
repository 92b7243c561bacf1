// The queries behind each page, as named cases timed on a large database. Add a case here to
// have the benchmark time it.
import type { Database } from "@/lib/db/client";
import { compareRegions } from "@/lib/db/compare";
import { articleDetail, findStatements, leaderDetail, regionDetail, regionSummaries, searchStatements } from "@/lib/db/queries";
import { regionOverview } from "@/lib/db/region-page";
import { articlesByRegion, loadedCorpus } from "@/lib/db/coverage";
import { speakerNames } from "@/lib/db/filter-options";
import { percentile } from "./figures";

export interface QueryCase {
  name: string;
  /** "map" cases are held to the map budget, "page" cases to the page budget. */
  kind: "map" | "page";
  run: (db: Database) => Promise<unknown>;
}

/** Ids the cases need, taken from the database being measured: its busiest leader, region and a mid-table article. */
export interface CaseSubjects {
  leaderId: number;
  leaderName: string;
  /** The speaker with the fewest statements: a filter no date order can satisfy early. */
  rareSpeaker: string;
  regionCode: string;
  /** The next two busiest regions, for the comparison of four. */
  otherRegions: string[];
  articleId: number;
  theme: string;
}

export async function caseSubjects(db: Database): Promise<CaseSubjects> {
  const [leader] = await db.statement.groupBy({ by: ["leaderId"], where: { leaderId: { not: null }, regionCode: { not: "central" } }, _count: { _all: true }, orderBy: { _count: { leaderId: "desc" } }, take: 1 });
  const [region, ...otherRegions] = await db.statement.groupBy({ by: ["regionCode"], where: { regionCode: { not: "central" } }, _count: { _all: true }, orderBy: { _count: { regionCode: "desc" } }, take: 3 });
  const [rare] = await db.statement.groupBy({ by: ["speaker"], where: { speaker: { not: null } }, _count: { _all: true }, orderBy: [{ _count: { speaker: "asc" } }, { speaker: "asc" }], take: 1 });
  const [theme] = await db.statementTheme.groupBy({ by: ["themeId"], _count: { _all: true }, orderBy: { _count: { themeId: "desc" } }, take: 1 });
  const articles = await db.article.count();
  const article = await db.article.findFirst({ skip: Math.floor(articles / 2), select: { id: true } });
  const leaderRow = await db.leader.findUniqueOrThrow({ where: { id: leader.leaderId! } });
  return { leaderId: leaderRow.id, leaderName: leaderRow.name, rareSpeaker: rare.speaker!, regionCode: region.regionCode!, otherRegions: otherRegions.map((r) => r.regionCode!), articleId: article!.id, theme: theme.themeId };
}

export function queryCases(s: CaseSubjects): QueryCase[] {
  return [
    { name: "map aggregation, no filter", kind: "map", run: (db) => regionSummaries(db, {}) },
    { name: `map aggregation, theme ${s.theme}`, kind: "map", run: (db) => regionSummaries(db, { theme: s.theme }) },
    { name: "map aggregation, provincial level in 2022", kind: "map", run: (db) => regionSummaries(db, { level: "provincial", from: "2022-01-01", to: "2022-12-31" }) },
    { name: `map aggregation, leader ${s.leaderName}`, kind: "map", run: (db) => regionSummaries(db, { leader: s.leaderName }) },
    // The map page's other reads: articles per region, the period loaded, the leader field's names.
    { name: "map coverage, speakers and period loaded, no filter", kind: "map", run: (db) => Promise.all([articlesByRegion(db), loadedCorpus(db), speakerNames(db)]) },
    { name: "map coverage in 2022", kind: "map", run: (db) => articlesByRegion(db, { from: "2022-01-01", to: "2022-12-31" }) },
    { name: "map page central panel", kind: "page", run: (db) => regionDetail(db, "central", { limit: 30 }) },
    { name: `region page ${s.regionCode} (posts, themes, statements, central directives followed)`, kind: "page", run: (db) => regionOverview(db, s.regionCode, {}) },
    { name: `compare ${s.regionCode}, ${s.otherRegions.join(", ")} and central`, kind: "page", run: (db) => compareRegions(db, [s.regionCode, ...s.otherRegions, "central"]) },
    { name: "search 疫情防控 (common words)", kind: "page", run: (db) => searchStatements(db, { q: "疫情防控", limit: 200 }) },
    // Two characters are shorter than a trigram: no index finds them, every statement is read to count them.
    { name: "search 预警 (two characters)", kind: "page", run: (db) => searchStatements(db, { q: "预警", limit: 200 }) },
    { name: `search 监测预警 in theme ${s.theme}`, kind: "page", run: (db) => searchStatements(db, { q: "监测预警", theme: s.theme, limit: 200 }) },
    { name: `leader page ${s.leaderName}`, kind: "page", run: (db) => leaderDetail(db, s.leaderId) },
    { name: "article page", kind: "page", run: (db) => articleDetail(db, s.articleId) },
    { name: "statements API, no filter", kind: "page", run: (db) => findStatements(db, {}) },
    { name: `statements API, speaker ${s.rareSpeaker} (the rarest)`, kind: "page", run: (db) => findStatements(db, { leader: s.rareSpeaker }) },
    { name: `statements API, region ${s.regionCode} and theme ${s.theme}`, kind: "page", run: (db) => findStatements(db, { region: s.regionCode, theme: s.theme }) },
    { name: "statements API, search 监测预警", kind: "page", run: (db) => findStatements(db, { q: "监测预警" }) },
  ];
}

export interface Latency {
  p50: number;
  p95: number;
  samples: number;
}

/** Milliseconds per call after warm-up calls, as p50 and p95. */
export async function measureLatency(db: Database, c: QueryCase, iterations: number, warmup = 3): Promise<Latency> {
  for (let i = 0; i < warmup; i++) await c.run(db);
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const started = performance.now();
    await c.run(db);
    samples.push(performance.now() - started);
  }
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), samples: iterations };
}
