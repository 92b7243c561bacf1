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

  it("names each file from the repository root, never by the server's absolute path", async () => {
    const records = await findStatements(db, { limit: 1000 });
    expect(records.length).toBeGreaterThan(100);
    for (const r of records) expect(r.sourceFile).toMatch(/^data\/articles\/[^/]+\.txt$/);
    const article = await articleDetail(db, records[0].articleId);
    expect(article?.sourceFile).toBe(records[0].sourceFile);
  });
});
