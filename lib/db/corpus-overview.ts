// What the loaded corpus is made of, for the data page: articles by outlet, year and region,
// statements without a region, and the stories carried by several papers.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Database } from "./client";
import { dialectOf } from "./dialect";
import { articlesByRegion } from "./coverage";
import { COUNTED_STATEMENT } from "./tally";

export interface CorpusOverview {
  articles: number;
  /** Articles counted: every article but the reprints, whose stories count once. */
  stories: number;
  statements: number;
  /** Statements counted on the map: those of reprints left out. */
  countedStatements: number;
  /** Counted statements the tagger could give no region. */
  withoutRegion: number;
  byOutlet: { outlet: string | null; articles: number; outletInferred: number }[];
  byYear: { year: string | null; articles: number; dateInferred: number }[];
  /** Articles and stories as the map's coverage counts them (lib/db/coverage.ts), statements as the map counts them. */
  byRegion: { code: string; name: string; nameEn: string; articles: number; stories: number; statements: number }[];
  storiesInSeveralPapers: { original: StoryArticle; reprints: (StoryArticle & { similarity: number | null })[] }[];
}

export interface StoryArticle {
  id: number;
  title: string | null;
  outlet: string | null;
  date: string | null;
}

type Count = number | bigint;

export async function corpusOverview(db: Database): Promise<CorpusOverview> {
  const counted = Prisma.raw(COUNTED_STATEMENT);
  const dialect = dialectOf(db);
  const [articles, reprints, statements, countedRows, outlets, years, regions, statementsByRegion, coverage, reprinted] = await Promise.all([
    db.article.count(),
    db.article.count({ where: { reprintOf: { not: null } } }),
    db.statement.count(),
    db.$queryRaw<{ statements: Count; withoutRegion: Count }[]>`
      SELECT COUNT(*) AS "statements", COALESCE(SUM(CASE WHEN s."regionCode" IS NULL THEN 1 ELSE 0 END), 0) AS "withoutRegion" FROM "Statement" s WHERE ${counted}`,
    db.$queryRaw<{ outlet: string | null; articles: Count; outletInferred: Count }[]>`
      SELECT "outlet", COUNT(*) AS "articles", SUM(CASE WHEN "outletEvidence" IS NOT NULL THEN 1 ELSE 0 END) AS "outletInferred"
      FROM "Article" GROUP BY "outlet" ORDER BY COUNT(*) DESC, ${Prisma.raw(dialect.nullableOrder(`"outlet"`, "ASC"))}`,
    db.$queryRaw<{ year: string | null; articles: Count; dateInferred: Count }[]>`
      SELECT substr("date", 1, 4) AS "year", COUNT(*) AS "articles", SUM(CASE WHEN "dateInferred" THEN 1 ELSE 0 END) AS "dateInferred"
      FROM "Article" GROUP BY substr("date", 1, 4) ORDER BY ${Prisma.raw(dialect.nullableOrder(`"year"`, "ASC"))}`,
    db.region.findMany({ select: { code: true, name: true, nameEn: true } }),
    db.$queryRaw<{ code: string; statements: Count }[]>`
      SELECT s."regionCode" AS "code", COUNT(*) AS "statements" FROM "Statement" s WHERE ${counted} AND s."regionCode" IS NOT NULL GROUP BY s."regionCode"`,
    articlesByRegion(db),
    db.article.findMany({ where: { reprintOf: { not: null } }, select: { id: true, title: true, outlet: true, date: true, reprintOf: true, reprintSimilarity: true }, orderBy: { id: "asc" } }),
  ]);
  const originals = await db.article.findMany({
    where: { id: { in: [...new Set(reprinted.map((r) => r.reprintOf!))] } },
    select: { id: true, title: true, outlet: true, date: true },
    orderBy: { id: "asc" },
  });
  return {
    articles,
    stories: articles - reprints,
    statements,
    countedStatements: Number(countedRows[0].statements),
    withoutRegion: Number(countedRows[0].withoutRegion),
    byOutlet: outlets.map((o) => ({ outlet: o.outlet, articles: Number(o.articles), outletInferred: Number(o.outletInferred) })),
    byYear: years.map((y) => ({ year: y.year, articles: Number(y.articles), dateInferred: Number(y.dateInferred) })),
    byRegion: regions
      .flatMap((r) => {
        const loaded = coverage.get(r.code);
        const counted = Number(statementsByRegion.find((s) => s.code === r.code)?.statements ?? 0);
        return loaded || counted > 0 ? [{ ...r, articles: loaded?.articles ?? 0, stories: loaded?.stories ?? 0, statements: counted }] : [];
      })
      .sort((a, b) => b.articles - a.articles || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)),
    storiesInSeveralPapers: originals.map((original) => ({
      original,
      reprints: reprinted
        .filter((r) => r.reprintOf === original.id)
        .map((r) => ({ id: r.id, title: r.title, outlet: r.outlet, date: r.date, similarity: r.reprintSimilarity })),
    })),
  };
}
