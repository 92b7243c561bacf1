import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import Sqlite from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { loadArticles, statementPassagePositions } from "./load";
import { migrateDatabase } from "./migrate";
import type { TaggedArticle, TaggedStatement } from "@/lib/tagger/types";

const passage = (start: number, end: number) => ({ start, end, text: "段".repeat(end - start) });
const statementAt = (start: number): TaggedStatement =>
  ({ start, end: start + 1, text: "要", speaker: null, office: null, level: null, city: null, province: null, date: null, datePrecision: null, themes: [], topics: [], kind: "directive", cites: [], evidence: [] }) satisfies TaggedStatement;

describe("statementPassagePositions", () => {
  it("gives each statement the passage holding its first character, or none", () => {
    const passages = [passage(0, 10), passage(12, 20), passage(20, 30)];
    const statements = [0, 9, 10, 12, 19, 20, 29, 30].map(statementAt);
    expect(statementPassagePositions({ passages, statements })).toEqual([0, 0, null, 1, 1, 2, 2, null]);
    expect(statementPassagePositions({ passages: [], statements })).toEqual(statements.map(() => null));
  });

  it("takes the first holding passage in order when passages overlap or run backwards", () => {
    const passages = [passage(10, 20), passage(0, 15), passage(5, 12)];
    expect(statementPassagePositions({ passages, statements: [3, 7, 12, 16, 25].map(statementAt) })).toEqual([1, 1, 0, 0, null]);
  });
});

describe("loadArticles", () => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "atlas-load-")), "load.db");
  migrateDatabase(file);
  const queries: string[] = [];
  const db = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: file }), log: [{ emit: "event", level: "query" }] });
  db.$on("query", (event) => queries.push(event.query));
  afterAll(async () => db.$disconnect());

  it("finds each statement's passage by its position, not among all of its article's passages", async () => {
    const passages = Array.from({ length: 50 }, (_, i) => passage(i * 10, i * 10 + 10));
    const tagged = { title: "长文", date: null, passages, statements: [5, 255, 495].map(statementAt) } as unknown as TaggedArticle;
    await loadArticles(db, [{ sourceFile: "long.txt", contentHash: "h", content: "段".repeat(500), tagged }]);
    const stored = await db.statement.findMany({ orderBy: { startChar: "asc" }, select: { passage: { select: { position: true } } } });
    expect(stored.map((s) => s.passage?.position)).toEqual([0, 25, 49]);

    // Looking among the article's passages for the one holding the statement read all of them for
    // each statement: loading was quadratic in the article's size.
    const insert = queries.find((sql) => sql.includes(`INSERT INTO "Statement"`))!;
    const sqlite = new Sqlite(file, { readonly: true });
    const plan = (sqlite.prepare(`EXPLAIN QUERY PLAN ${insert}`).all(Buffer.from("[]")) as { detail: string }[]).map((row) => row.detail);
    sqlite.close();
    const passageLookups = plan.filter((detail) => /\bPassage\b/.test(detail));
    expect(passageLookups).toEqual([expect.stringMatching(/^SEARCH Passage USING (COVERING )?INDEX \S+ \(articleId=\? AND position=\?\)$/)]);
  });
});
