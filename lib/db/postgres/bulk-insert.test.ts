import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase, type Database } from "../client";
import { loadArticles, syncReferenceData, type ArticleToLoad } from "../load";
import { newTestTarget, testPostgresUrl } from "../fixtures/test-database";
import { migrateTarget } from "../engine";
import { referenceDataFrom } from "@/lib/ingest/reference-data";
import { loadKnowledge } from "@/lib/knowledge";
import { tagArticle } from "@/lib/tagger";
import { insertArticlesBulk } from "./bulk-insert";

async function rowsOf(url: string, sql: string): Promise<unknown[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

// What the loaders write, by content rather than by id.
const STATEMENTS = `SELECT a."sourceFile", p."position", s."regionCode", l."name" AS "leader", s."speaker", s."office", s."level", s."city", s."date", s."datePrecision",
    s."cites", s."text", s."startChar", s."endChar", s."evidence", s."kind", s."topics", b."grams",
    (SELECT array_agg(t."themeId" ORDER BY t."themeId") FROM "StatementTheme" t WHERE t."statementId" = s."id") AS "themes",
    (SELECT array_agg(c."topic" ORDER BY c."topic") FROM "StatementTopic" c WHERE c."statementId" = s."id") AS "topicRows"
  FROM "Statement" s JOIN "Article" a ON a."id" = s."articleId" LEFT JOIN "Passage" p ON p."id" = s."passageId"
  LEFT JOIN "Leader" l ON l."id" = s."leaderId" LEFT JOIN "StatementBigram" b ON b."statementId" = s."id"
  ORDER BY a."sourceFile", s."startChar"`;
const INDEXES = `SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema() ORDER BY indexname`;

describe.runIf(testPostgresUrl())("insertArticlesBulk", () => {
  const knowledge = loadKnowledge();
  const dir = path.resolve("data/articles");
  const articles: ArticleToLoad[] = readdirSync(dir).map((name) => {
    const content = readFileSync(path.join(dir, name), "utf8");
    return { sourceFile: name, contentHash: createHash("sha256").update(content).digest("hex"), content, tagged: tagArticle(content, knowledge, { fileName: name }) };
  });
  const urls: Record<"bulk" | "loader", string> = { bulk: "", loader: "" };
  const clients: Database[] = [];

  beforeAll(async () => {
    for (const kind of ["bulk", "loader"] as const) {
      const target = await newTestTarget(kind, "postgres");
      if (target.engine !== "postgres") throw new Error("not PostgreSQL");
      await migrateTarget(target);
      const db = createDatabase({ target });
      clients.push(db);
      await syncReferenceData(db, referenceDataFrom(knowledge));
      urls[kind] = target.url;
    }
  }, 120_000);
  afterAll(async () => Promise.all(clients.map((db) => db.$disconnect())));

  it("writes the rows the seed's loader writes, and builds again the indexes it set aside", async () => {
    const indexesBefore = await rowsOf(urls.bulk, INDEXES);
    // Two articles a transaction: the ids of every table run on across batches.
    expect(await insertArticlesBulk(urls.bulk, articles, 2)).toBe(articles.reduce((n, a) => n + a.tagged.statements.length, 0));
    await loadArticles(clients[1], articles);

    const bulk = await rowsOf(urls.bulk, STATEMENTS);
    expect(bulk.length).toBeGreaterThan(100);
    expect(bulk).toEqual(await rowsOf(urls.loader, STATEMENTS));
    expect(await rowsOf(urls.bulk, INDEXES)).toEqual(indexesBefore);
  }, 120_000);
});
