import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "./client";
import { staleDerivedTables } from "./derived";
import { rebuildEchoes } from "./echoes";
import { testDatabase } from "./fixtures/test-database";
import { rebuildStories } from "./stories";
import { refreshStatementTally } from "./tally";

describe("staleDerivedTables", () => {
  let db: Database;
  const addArticle = (name: string) => db.article.create({ data: { sourceFile: name, contentHash: name, content: "省委书记强调,要压实责任。" } });

  beforeAll(async () => {
    db = await testDatabase("derived");
  });
  afterAll(async () => db?.$disconnect());

  it("holds every derived table stale until its rebuild marks it complete", async () => {
    expect(await staleDerivedTables(db)).toEqual(["stories", "tally", "echoes"]);
    await rebuildStories(db);
    expect(await staleDerivedTables(db)).toEqual(["tally", "echoes"]);
    await refreshStatementTally(db);
    expect(await staleDerivedTables(db)).toEqual(["echoes"]);
    await rebuildEchoes(db);
    expect(await staleDerivedTables(db)).toEqual([]);
  });

  it("marks them stale again when an article is added or removed", async () => {
    const article = await addArticle("a.txt");
    expect(await staleDerivedTables(db)).toEqual(["stories", "tally", "echoes"]);
    await rebuildStories(db);
    await refreshStatementTally(db);
    await rebuildEchoes(db);
    expect(await staleDerivedTables(db)).toEqual([]);

    await db.article.delete({ where: { id: article.id } });
    expect(await staleDerivedTables(db)).toEqual(["stories", "tally", "echoes"]);
  });
});
