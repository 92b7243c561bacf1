import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "./client";
import { seededDatabase } from "./fixtures/seeded-database";
import { articleDetail, findStatements, statementViews, statementViewSelect, toStatementView } from "./queries";

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
