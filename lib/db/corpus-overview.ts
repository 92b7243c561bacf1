// What the loaded corpus is made of, for the data page: articles by outlet, year and region,
// statements without a region, and the stories carried by several papers.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Database } from "./client";
import { dialectOf } from "./dialect";
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
  byRegion: { code: string; name: string; nameEn: string; articles: number; statements: number }[];
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
  const [articles, reprints, statements, countedRows, outlets, years, regions, reprinted] = await Promise.all([
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
    db.$queryRaw<{ code: string; name: string; nameEn: string; articles: Count; statements: Count }[]>`
      SELECT r."code" AS "code", r."name" AS "name", r."nameEn" AS "nameEn", COUNT(DISTINCT s."articleId") AS "articles", COUNT(*) AS "statements"
      FROM "Statement" s JOIN "Region" r ON r."code" = s."regionCode"
      WHERE ${counted}
      GROUP BY r."code", r."name", r."nameEn" ORDER BY COUNT(DISTINCT s."articleId") DESC, r."code"`,
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
    byRegion: regions.map((r) => ({ ...r, articles: Number(r.articles), statements: Number(r.statements) })),
    storiesInSeveralPapers: originals.map((original) => ({
      original,
      reprints: reprinted
        .filter((r) => r.reprintOf === original.id)
        .map((r) => ({ id: r.id, title: r.title, outlet: r.outlet, date: r.date, similarity: r.reprintSimilarity })),
    })),
  };
}
