// Which articles are loaded from each region and period: the map's "no articles" state, its coverage
// and per-article modes, and the panel's `articles` and `stories` columns. An article is from every
// region one of its statements is tagged with, and falls on one day: its own date, or, when it has
// none, its earliest statement's (an article with no date at all counts only when no period is asked
// for). Articles count every paper that carried a story; stories leave the reprints out, as the
// statement counts do, so that statements per story never divide one story's statements by its reprints.
// The counts live in ArticleTally, rebuilt with the statement tally in one transaction (lib/db/tally.ts).
import { Prisma } from "@/lib/generated/prisma/client";
import type { Database } from "./client";
import type { Dialect } from "./dialect";
import { ANY, periodRanges, type PeriodRange } from "./tally";

/** The day each article falls on, with each region it is from. */
function articleRegions(dialect: Dialect): string {
  return `
  SELECT DISTINCT s."regionCode" AS "regionCode",
    CASE WHEN ${dialect.isDay(`a."date"`)} THEN a."date"
      ELSE (SELECT MIN(d."date") FROM "Statement" d WHERE d."articleId" = a."id") END AS "day",
    a."id" AS "articleId", CASE WHEN a."reprintOf" IS NULL THEN 1 ELSE 0 END AS "story"
  FROM "Statement" s JOIN "Article" a ON a."id" = s."articleId"
  WHERE s."regionCode" IS NOT NULL`;
}

/** Day, month and year rows, and one row for every date, as the statement tally keys them ("*", "M2022-03", "Y2022"). */
const PERIOD_KEYS = [`"day"`, `'M' || substr("day", 1, 7)`, `'Y' || substr("day", 1, 4)`];

/** The SQL that rebuilds ArticleTally; the statement tally's rebuild runs it in its transaction. */
export function articleTallySql(dialect: Dialect): string[] {
  // One pass over the statements: a CTE read four times is materialised once.
  const counts = `COUNT(*), SUM("story")`;
  const dated = PERIOD_KEYS.map((period) => `SELECT "regionCode", ${period}, ${counts} FROM "articleRegions" WHERE "day" IS NOT NULL GROUP BY "regionCode", ${period}`);
  const allDates = `SELECT "regionCode", '${ANY}', ${counts} FROM "articleRegions" GROUP BY "regionCode"`;
  return [
    `DELETE FROM "ArticleTally"`,
    `WITH "articleRegions" AS MATERIALIZED (${articleRegions(dialect)}) INSERT INTO "ArticleTally" ("regionCode", "period", "articles", "stories") ${[...dated, allDates].join(" UNION ALL ")}`,
  ];
}

/** ArticleTally rows whose sums are the articles and stories of `ranges` (the rows of every date when null), as a UNION ALL of SELECTs. */
function articleRows(ranges: PeriodRange[] | null, columns: Prisma.Sql): Prisma.Sql | null {
  if (ranges === null) return Prisma.sql`SELECT ${columns} FROM "ArticleTally" WHERE "period" = ${ANY}`;
  if (ranges.length === 0) return null;
  return Prisma.join(
    ranges.map((r) => Prisma.sql`SELECT ${columns} FROM "ArticleTally" WHERE "period" BETWEEN ${r.gte} AND ${r.lte}`),
    " UNION ALL ",
  );
}

export interface RegionCoverage {
  /** Every article from the region, each paper's reprint of a story included. */
  articles: number;
  /** Those articles with the reprints left out: each story once. */
  stories: number;
}

/** Articles and stories per region code from `from` to `to` (ISO days, both included), or over every date without either. */
export async function articlesByRegion(db: Database, period: { from?: string; to?: string } = {}): Promise<Map<string, RegionCoverage>> {
  const ranges = period.from || period.to ? periodRanges(period.from, period.to) : null;
  const rows = articleRows(ranges, Prisma.sql`"regionCode", "articles", "stories"`);
  if (!rows) return new Map();
  const totals = await db.$queryRaw<{ regionCode: string; articles: number | bigint; stories: number | bigint }[]>`
    SELECT "regionCode", SUM("articles") AS "articles", SUM("stories") AS "stories" FROM (${rows}) "periods" GROUP BY "regionCode"`;
  return new Map(totals.map((t) => [t.regionCode, { articles: Number(t.articles), stories: Number(t.stories) }]));
}

export interface ArticleTallyRow extends RegionCoverage {
  regionCode: string;
  /** The tally's period key: a day, "M2022-03" or "Y2022". */
  period: string;
}

/** The ArticleTally rows of `ranges`, one per region and period key, for the panel to group. */
export async function articleTallyRows(db: Database, ranges: PeriodRange[]): Promise<ArticleTallyRow[]> {
  const rows = articleRows(ranges, Prisma.sql`"regionCode", "period", "articles", "stories"`);
  if (!rows) return [];
  const found = await db.$queryRaw<{ regionCode: string; period: string; articles: number | bigint; stories: number | bigint }[]>`${rows}`;
  return found.map((r) => ({ regionCode: r.regionCode, period: r.period, articles: Number(r.articles), stories: Number(r.stories) }));
}

export interface LoadedCorpus {
  articles: number;
  /** The articles with the reprints left out: each story once. */
  stories: number;
  /** The first and last article days (an undated article's earliest statement's date); null when none is dated. */
  first: string | null;
  last: string | null;
}

/** How many articles are loaded and the dates they span: the period of the data, shown beside the map. */
export async function loadedCorpus(db: Database): Promise<LoadedCorpus> {
  const [row] = await db.$queryRawUnsafe<{ articles: number | bigint; stories: number | bigint; first: string | null; last: string | null }[]>(`
    SELECT (SELECT COUNT(*) FROM "Article") AS "articles",
      (SELECT COUNT(*) FROM "Article" WHERE "reprintOf" IS NULL) AS "stories",
      (SELECT MIN("period") FROM "ArticleTally" WHERE "period" BETWEEN '0' AND '9999-12-31') AS "first",
      (SELECT MAX("period") FROM "ArticleTally" WHERE "period" BETWEEN '0' AND '9999-12-31') AS "last"`);
  return { articles: Number(row.articles), stories: Number(row.stories), first: row.first, last: row.last };
}
