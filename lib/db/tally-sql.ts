// Reads of the statement tally (lib/db/tally.ts) under a page's filters, as SQL: Prisma compiles
// each of its queries anew on every call (about a fifth of the map's time went to it), and
// the counts summed over several period ranges take one statement here instead of one per range.
// Plain SQL with quoted names, for SQLite and PostgreSQL alike.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Database } from "./client";
import { selectedKind, topicOfThemeFilter } from "./filter-values";
import type { StatementQuery } from "./queries";
import { CAP_TOPICS } from "@/lib/topics";
import { ANY, periodRanges, topicTallyKey } from "./tally";

export type TallyFilter = Omit<StatementQuery, "limit" | "q" | "offset"> & { regions?: string[] };

/**
 * The tally rows whose sums are the statements the filter selects: one SELECT of `columns` per
 * period range, joined by UNION ALL; null when the date range is empty. `each` reads a row per
 * theme or per CAP topic (a statement counts once for each) instead of the all-themes row.
 */
function tallyRows(filter: TallyFilter, columns: Prisma.Sql, each: "theme" | "topic" | null = null): Prisma.Sql | null {
  if (filter.city) throw new Error("the statement tally has no cities: count a city's statements from the statements");
  const topic = topicOfThemeFilter(filter.theme);
  const conditions = [
    // Per theme under a topic: that topic's themes.
    topic !== null && each === "theme"
      ? Prisma.sql`"themeId" IN (SELECT "id" FROM "Theme" WHERE "topic" = ${topic})`
      : filter.theme && each !== "topic"
      ? Prisma.sql`"themeId" = ${filter.theme}`
      : // The themes, not "every theme but *": the tally's index is read theme by theme.
        each === "theme"
        ? Prisma.sql`"themeId" IN (SELECT "id" FROM "Theme")`
        : each === "topic"
          ? Prisma.sql`"themeId" IN (${Prisma.join(CAP_TOPICS.map((t) => topicTallyKey(t.code)))})`
          : Prisma.sql`"themeId" = ${ANY}`,
    filter.regions ? Prisma.sql`"regionCode" IN (${Prisma.join(filter.regions)})` : filter.region ? Prisma.sql`"regionCode" = ${filter.region}` : Prisma.sql`"regionCode" IS NOT NULL`,
    ...(filter.leader ? [Prisma.sql`"speaker" = ${filter.leader}`] : []),
    ...(filter.level ? [Prisma.sql`"level" = ${filter.level}`] : []),
    ...(selectedKind(filter.kind) ? [Prisma.sql`"kind" = ${selectedKind(filter.kind)}`] : []),
  ];
  const periods = !filter.from && !filter.to ? [Prisma.sql`"period" = ${ANY}`] : periodRanges(filter.from, filter.to).map((r) => Prisma.sql`"period" BETWEEN ${r.gte} AND ${r.lte}`);
  if (periods.length === 0) return null;
  return Prisma.join(
    periods.map((period) => Prisma.sql`SELECT ${columns} FROM "StatementTally" WHERE ${Prisma.join([...conditions, period], " AND ")}`),
    " UNION ALL ",
  );
}

/** Statements per region under the filters. */
export async function regionTotals(db: Database, filter: TallyFilter): Promise<Map<string, number>> {
  const rows = tallyRows(filter, Prisma.sql`"regionCode", "statements"`);
  if (!rows) return new Map();
  const totals = await db.$queryRaw<{ regionCode: string; statements: number | bigint }[]>`
    SELECT "regionCode", SUM("statements") AS "statements" FROM (${rows}) "periods" GROUP BY "regionCode"`;
  return new Map(totals.map((t) => [t.regionCode, Number(t.statements)]));
}

/** Statements per theme under the filters (a statement counts once for each of its themes). */
export async function themeTotals(db: Database, filter: TallyFilter): Promise<Map<string, number>> {
  const rows = tallyRows(filter, Prisma.sql`"themeId", "statements"`, "theme");
  if (!rows) return new Map();
  const totals = await db.$queryRaw<{ themeId: string; statements: number | bigint }[]>`
    SELECT "themeId", SUM("statements") AS "statements" FROM (${rows}) "periods" GROUP BY "themeId"`;
  return new Map(totals.map((t) => [t.themeId, Number(t.statements)]));
}

export interface SpeakerTallyRow {
  regionCode: string;
  speaker: string | null;
  office: string | null;
  statements: number;
  /** The newest statement counted, as the tally writes it ("date#id"). */
  latest: string | null;
}

/** Statements and the newest one per region, speaker and office under the filters. */
export async function speakerTally(db: Database, filter: TallyFilter): Promise<SpeakerTallyRow[]> {
  const rows = tallyRows(filter, Prisma.sql`"regionCode", "speaker", "office", "statements", "latest"`);
  if (!rows) return [];
  const tally = await db.$queryRaw<(Omit<SpeakerTallyRow, "statements"> & { statements: number | bigint })[]>`
    SELECT "regionCode", "speaker", "office", SUM("statements") AS "statements", MAX("latest") AS "latest"
    FROM (${rows}) "periods"
    GROUP BY "regionCode", "speaker", "office"`;
  return tally.map((row) => ({ ...row, statements: Number(row.statements) }));
}

export interface RegionThemeCount {
  regionCode: string;
  themeId: string;
  statements: number;
}

/**
 * Statements per region and theme under the filters, largest first (a statement counts once for
 * each of its themes). Under a theme filter the tally knows no other theme of those statements:
 * that theme is the only one counted. With `perRegion`, only each region's largest (ties by theme id).
 */
export async function themeCountsByRegion(db: Database, filter: TallyFilter, perRegion?: number): Promise<RegionThemeCount[]> {
  const rows = tallyRows(filter, Prisma.sql`"regionCode", "themeId", "statements"`, "theme");
  if (!rows) return [];
  // Summed over the period ranges and ranked per region in one statement, so a map asking for
  // three themes a region reads 3 rows a region, not one per theme.
  const counts = await db.$queryRaw<{ regionCode: string; themeId: string; statements: number | bigint }[]>`
    SELECT "regionCode", "themeId", "statements" FROM (
      SELECT "regionCode", "themeId", SUM("statements") AS "statements",
        ROW_NUMBER() OVER (PARTITION BY "regionCode" ORDER BY SUM("statements") DESC, "themeId") AS "rank"
      FROM (${rows}) "periods"
      GROUP BY "regionCode", "themeId"
    ) "ranked"
    ${perRegion === undefined ? Prisma.empty : Prisma.sql`WHERE "rank" <= ${perRegion}`}`;
  return counts
    .map((c) => ({ regionCode: c.regionCode, themeId: c.themeId, statements: Number(c.statements) }))
    .sort((a, b) => b.statements - a.statements || (a.themeId < b.themeId ? -1 : a.themeId > b.themeId ? 1 : 0));
}

export interface RegionTopicCount {
  regionCode: string;
  topic: number;
  statements: number;
}

/**
 * Statements per region and CAP major topic under the filters (a statement counts once for each of
 * its topics; a theme filter is not applied, the topics are the breakdown).
 */
export async function topicCountsByRegion(db: Database, filter: TallyFilter): Promise<RegionTopicCount[]> {
  const rows = tallyRows(filter, Prisma.sql`"regionCode", "themeId", "statements"`, "topic");
  if (!rows) return [];
  const counts = await db.$queryRaw<{ regionCode: string; themeId: string; statements: number | bigint }[]>`
    SELECT "regionCode", "themeId", SUM("statements") AS "statements" FROM (${rows}) "periods" GROUP BY "regionCode", "themeId"`;
  return counts.map((c) => ({ regionCode: c.regionCode, topic: Number(c.themeId.slice("cap-".length)), statements: Number(c.statements) }));
}
