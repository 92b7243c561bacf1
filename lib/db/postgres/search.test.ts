import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../client";
import { seededDatabase } from "../fixtures/seeded-database";
import { testPostgresUrl } from "../fixtures/test-database";
import { findStatements, searchStatements } from "../queries";
import { containsPattern } from "./search";

describe("containsPattern", () => {
  it("takes a reader's % _ and \\ literally", () => {
    expect(containsPattern("100%_达标\\")).toBe("%100\\%\\_达标\\\\%");
  });
});

// Undated statements (sorted first oldest first, last newest first) and Latin letters in any case.
const EXTRA_STATEMENTS: [string, string | null][] = [
  ["要加强Omicron变异株监测", "2022-03-17"],
  ["OMICRON病例继续增加，疫情防控不松懈", null],
  ["疫情防控要落实100%_达标", null],
  ["严防\u212Araken变异株输入", "2023-02-16"],
];

const QUERIES = [
  "监测预警",
  "監測預警",
  "监测 预警",
  "疫情防控",
  "疫情",
  "预警",
  "防控 12",
  "疫情 ：",
  "党",
  "12",
  "ng",
  "NG",
  "omicron",
  "OMICRON",
  "Omicron变异株",
  "kraken",
  "100%_",
  "%",
  "无此词语",
  "   ",
];

async function withExtraStatements(db: Database): Promise<Database> {
  const { articleId } = await db.statement.findFirstOrThrow({ select: { articleId: true }, orderBy: { id: "asc" } });
  for (const [text, date] of EXTRA_STATEMENTS) {
    await db.statement.create({ data: { articleId, text, date, regionCode: "henan", startChar: 0, endChar: text.length, evidence: "[]" } });
  }
  return db;
}

describe.runIf(testPostgresUrl())("search on PostgreSQL (pg_trgm) against SQLite (FTS5), the same articles", () => {
  let sqlite: Database;
  let postgres: Database;
  beforeAll(async () => {
    [sqlite, postgres] = await Promise.all([seededDatabase("sqlite").then(withExtraStatements), seededDatabase("postgres").then(withExtraStatements)]);
  }, 180_000);
  afterAll(async () => Promise.all([sqlite?.$disconnect(), postgres?.$disconnect()]));

  it.each(QUERIES)("finds the same statements, in the same order, with the same counts: %j", async (q) => {
    const texts = (result: Awaited<ReturnType<typeof searchStatements>>) => ({ ...result, statements: result.statements.map((s) => [s.date, s.text]) });
    for (const filters of [{}, { region: "henan" }, { from: "2022-01-01", to: "2022-12-31" }, { kind: "directive" }]) {
      const onSqlite = texts(await searchStatements(sqlite, { q, ...filters, limit: 50 }));
      expect(texts(await searchStatements(postgres, { q, ...filters, limit: 50 }))).toEqual(onSqlite);
      const records = async (db: Database) => (await findStatements(db, { q, ...filters, limit: 20, offset: 1 })).map((r) => [r.date, r.text, r.themes]);
      expect(await records(postgres)).toEqual(await records(sqlite));
    }
  });

  it("finds something for the queries that should, so the comparison is not of empty lists", async () => {
    for (const q of ["监测预警", "疫情", "omicron", "kraken", "100%_"]) expect((await searchStatements(postgres, { q, limit: 5 })).total.count).toBeGreaterThan(0);
    // An unescaped % would match every statement.
    expect((await searchStatements(postgres, { q: "%", limit: 5 })).total.count).toBeLessThan(await postgres.statement.count());
  });

  it("answers a count past the cap as more than the cap, as on SQLite", async () => {
    const capped = async (db: Database) => searchStatements(db, { q: "疫情", limit: 5 }, { countCap: 3 });
    const onPostgres = await capped(postgres);
    expect(onPostgres.total).toEqual({ count: 3, exact: false });
    expect(onPostgres.byRegion).toBeNull();
    expect((await capped(sqlite)).total).toEqual(onPostgres.total);
  });
});
