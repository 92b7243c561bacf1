// Two to four regions side by side: who spoke, how much, on which themes, and what they said
// on each theme.
import type { Database } from "./client";
import { regionSummaries, statementViews, themeList, type StatementQuery, type StatementView, type ThemeCount } from "./queries";
import { newestStatementIdsByRegionTheme } from "./statement-sql";
import { themeCountsByRegion, topicCountsByRegion } from "./tally-sql";

/** Statements shown per region in each theme row. */
const STATEMENTS_PER_CELL = 3;

export interface ComparedRegion {
  code: string;
  name: string;
  nameEn: string;
  statements: number;
  leaders: { leaderId: number | null; name: string; office: string | null; statements: number }[];
  themes: ThemeCount[];
  /** Statements per CAP major topic, largest first. */
  topics: { code: number; statements: number }[];
}

export interface ThemeRow {
  theme: { id: string; nameZh: string; nameEn: string };
  /** Statements on this theme across the compared regions. */
  total: number;
  /** One cell per compared region, in the same order. */
  cells: { regionCode: string; statements: number; newest: StatementView[] }[];
}

export interface Comparison {
  regions: ComparedRegion[];
  /** The largest region-theme count: the shared scale of every theme bar. */
  maxThemeCount: number;
  /** The largest region-topic count: the shared scale of every topic bar. */
  maxTopicCount: number;
  rows: ThemeRow[];
}

export async function compareRegions(db: Database, codes: string[], filter: Omit<StatementQuery, "limit" | "region" | "q"> = {}): Promise<Comparison> {
  // Counts and speakers as the map has them (from the tally), themes per region likewise.
  const [summaries, themes, themeCounts, topicCounts] = await Promise.all([
    regionSummaries(db, filter),
    themeList(db),
    themeCountsByRegion(db, { ...filter, regions: codes }),
    topicCountsByRegion(db, { ...filter, regions: codes }),
  ]);
  const regions = summaries.filter((r) => codes.includes(r.code));
  const speakerNames = [...new Set(regions.flatMap((r) => r.speakers.map((s) => s.name)))];
  const [leaderRows, newest] = await Promise.all([
    db.leader.findMany({ where: { name: { in: speakerNames } }, select: { id: true, name: true } }),
    newestStatementIdsByRegionTheme(db, filter, themeCounts, STATEMENTS_PER_CELL),
  ]);
  const leaderIdByName = new Map(leaderRows.map((l) => [l.name, l.id]));
  const views = await statementViews(db, [...new Set(newest.map((n) => n.id))]);
  const viewById = new Map(views.map((v) => [v.id, v]));
  const themeById = new Map(themes.map((t) => [t.id, t]));
  const regionByCode = new Map(regions.map((r) => [r.code, r]));
  const count = (regionCode: string, themeId: string) =>
    themeCounts.find((c) => c.regionCode === regionCode && c.themeId === themeId)?.statements ?? 0;

  const compared: ComparedRegion[] = codes.flatMap((code) => {
    const region = regionByCode.get(code);
    if (!region) return [];
    return [
      {
        code: region.code,
        name: region.name,
        nameEn: region.nameEn,
        statements: region.statements,
        leaders: region.speakers.map((s) => ({ leaderId: leaderIdByName.get(s.name) ?? null, name: s.name, office: s.office, statements: s.statements })),
        themes: themeCounts.flatMap((c) => {
          const theme = themeById.get(c.themeId);
          return c.regionCode === code && theme ? [{ ...theme, statements: c.statements }] : [];
        }),
        topics: topicCounts
          .filter((c) => c.regionCode === code)
          .map((c) => ({ code: c.topic, statements: c.statements }))
          .sort((a, b) => b.statements - a.statements || a.code - b.code),
      },
    ];
  });

  const themeIds = [...new Set(themeCounts.map((c) => c.themeId))];
  const rows: ThemeRow[] = themeIds
    .flatMap((id) => {
      const theme = themeById.get(id);
      if (!theme) return [];
      const cells = compared.map((r) => ({
        regionCode: r.code,
        statements: count(r.code, id),
        newest: newest
          .filter((n) => n.regionCode === r.code && n.themeId === id)
          .flatMap((n) => viewById.get(n.id) ?? [])
          .sort((a, b) => (b.date ?? "").localeCompare(a.date ?? "") || b.id - a.id),
      }));
      return [{ theme, total: cells.reduce((sum, c) => sum + c.statements, 0), cells }];
    })
    // Themes several regions spoke on first: those are the rows worth reading across.
    .sort((a, b) => b.cells.filter((c) => c.statements > 0).length - a.cells.filter((c) => c.statements > 0).length || b.total - a.total);

  return {
    regions: compared,
    maxThemeCount: Math.max(1, ...themeCounts.map((c) => c.statements)),
    maxTopicCount: Math.max(1, ...topicCounts.map((c) => c.statements)),
    rows,
  };
}
