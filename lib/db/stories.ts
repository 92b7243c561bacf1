// Stories: reprints grouped with the article whose statements count for them (Article.reprintOf),
// rebuilt by the seed over every article, since a new article can be a reprint of any other.
import { findReprints, type ReprintGroup } from "@/lib/ingest/reprints";
import type { Database } from "./client";
import { corpusVersion, markBuilt } from "./derived";
import { dialectOf } from "./dialect";

export interface StoriesSummary {
  /** Stories carried by two or more articles. */
  stories: number;
  reprints: number;
}

/** Finds the reprints among all articles and records them, in one transaction with the mark that they are complete. */
export async function rebuildStories(db: Database): Promise<StoriesSummary> {
  const version = await corpusVersion(db);
  const articles = await db.article.findMany({ select: { id: true, content: true }, orderBy: { id: "asc" } });
  const groups = findReprints(articles.map((a) => ({ id: a.id, text: a.content })));
  await db.$transaction([
    db.$executeRaw`UPDATE "Article" SET "reprintOf" = NULL, "reprintSimilarity" = NULL WHERE "reprintOf" IS NOT NULL`,
    db.$executeRaw`
      UPDATE "Article" SET "reprintOf" = r."original", "reprintSimilarity" = r."similarity"
      FROM ${dialectOf(db).rowSource(reprintRows(groups), { id: "integer", original: "integer", similarity: "real" })} AS r
      WHERE "Article"."id" = r."id"`,
    markBuilt(db, "stories", version),
  ]);
  return { stories: groups.length, reprints: groups.reduce((n, g) => n + g.reprints.length, 0) };
}

function reprintRows(groups: ReprintGroup[]): { id: number; original: number; similarity: number }[] {
  return groups.flatMap((g) => g.reprints.map((r) => ({ id: r.id, original: g.original, similarity: r.similarity })));
}
