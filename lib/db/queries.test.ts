import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sqliteReader, type Database } from "./client";
import { dialectOf } from "./dialect";
import { engineUnderTest } from "./fixtures/test-database";
import { seededDatabase } from "./fixtures/seeded-database";
import { articleDetail, findStatements, listedStatementsSql, statementViews, statementViewSelect, toStatementView } from "./queries";

describe("statementViews", () => {
  let db: Database;
  beforeAll(async () => {
    db = await seededDatabase();
  }, 60_000);
  afterAll(() => db.$disconnect());

  it("builds the same views as Prisma's nested select, in the order of the ids asked, without unknown ids", async () => {
    const all = await db.statement.findMany({ select: statementViewSelect });
    expect(all.length).toBeGreaterThan(100);
    const ids = all.map((s) => s.id).reverse();
    const expected = new Map(all.map((s) => [s.id, toStatementView(s)]));
    const views = await statementViews(db, [...ids, 99_999_999]);
    expect(views.map((v) => v.id)).toEqual(ids);
    for (const view of views) expect(view).toEqual(expected.get(view.id));
    expect(views.some((v) => v.themes.length > 1 && v.evidence.length > 0 && v.leaderId !== null)).toBe(true);
  });
});

describe("article files as the app shows them", () => {
  let db: Database;
  beforeAll(async () => {
    db = await seededDatabase(); // loaded by absolute path, as the seed stores a file
  }, 60_000);
  afterAll(() => db.$disconnect());

  it("cites each statement by outlet, headline and date, never by the file it was loaded from", async () => {
    const records = await findStatements(db, { limit: 1000 });
    expect(records.length).toBeGreaterThan(100);
    expect(JSON.stringify(records)).not.toMatch(/data\/articles|\.txt/);
    const xinhua = records.find((r) => r.articleTitle?.startsWith("中共中央政治局常务委员会召开会议 分析新冠肺炎疫情形势"));
    expect(xinhua).toMatchObject({ source: "新华社", articleDate: "2022-03-17" });
    const article = await articleDetail(db, records[0].articleId);
    expect(JSON.stringify(article)).not.toMatch(/data\/articles|\.txt/);
  });
});

describe("the statements API's order", () => {
  let db: Database;
  beforeAll(async () => {
    db = await seededDatabase();
  }, 60_000);
  afterAll(() => db.$disconnect());

  // SQLite's query plan; PostgreSQL's plans are tested in lib/db/postgres.
  it.skipIf(engineUnderTest() !== "sqlite")("reads a region's statements along an index in the API's order, without sorting the region", () => {
    // With the index on region and date alone, a region's statements of each day were sorted: 1.1 s for
    // region=henan on a million statements where thousands share a day.
    const sql = listedStatementsSql({ region: "henan" }, dialectOf(db));
    const plan = (sqliteReader(db).prepare(`EXPLAIN QUERY PLAN ${sql.sql}`).all(...sql.values) as { detail: string }[]).map((row) => row.detail);
    expect(plan).toContainEqual(expect.stringMatching(/^SEARCH s USING INDEX Statement_regionCode_date_articleId_startChar_idx \(regionCode=\?\)$/));
    expect(plan.join("\n")).not.toMatch(/TEMP B-TREE/);
  });
});
