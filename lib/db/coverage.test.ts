import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "./client";
import { articlesByRegion, loadedCorpus } from "./coverage";
import { seededDatabase } from "./fixtures/seeded-database";
import { refreshStatementTally } from "./tally";

/** Articles from `region` (one of its statements is tagged with it) whose day falls in the period, counted from the statements. */
async function articlesFrom(db: Database, region: string, from = "0000-01-01", to = "9999-12-31"): Promise<number> {
  const articles = await db.article.findMany({
    where: { statements: { some: { regionCode: region } } },
    select: { date: true, statements: { select: { date: true } } },
  });
  const dayOf = (a: (typeof articles)[number]) => a.date ?? a.statements.map((s) => s.date).filter((d): d is string => d !== null).sort()[0] ?? null;
  return articles.filter((a) => {
    const day = dayOf(a);
    return day !== null && day >= from && day <= to;
  }).length;
}

describe("articles loaded per region", () => {
  let db: Database;
  beforeAll(async () => {
    db = await seededDatabase();
  }, 120_000);
  afterAll(async () => db?.$disconnect());

  it("counts an article once for every region one of its statements is tagged with", async () => {
    const counts = await articlesByRegion(db);
    const regions = await db.region.findMany({ select: { code: true } });
    for (const { code } of regions) {
      const expected = await db.article.count({ where: { statements: { some: { regionCode: code } } } });
      expect(counts.get(code) ?? 0, code).toBe(expected);
    }
    // The bundled articles: the centre speaks in four of the five, 河南 in one, 西藏 in none.
    expect(counts.get("central")).toBe(4);
    expect(counts.get("henan")).toBe(1);
    expect(counts.has("xizang")).toBe(false);
  });

  it.each([
    ["2022-11-01", "2022-11-30"],
    ["2020-01-01", "2020-12-31"],
    ["2020-02-04", "2023-02-19"],
    ["2023-02-17", "2023-12-31"],
    ["2019-01-01", "2019-12-31"],
  ])("counts the articles whose day falls from %s to %s", async (from, to) => {
    const counts = await articlesByRegion(db, { from, to });
    for (const code of ["central", "henan", "jiangsu", "liaoning", "xinjiang", "xizang"]) {
      expect(counts.get(code) ?? 0, code).toBe(await articlesFrom(db, code, from, to));
    }
  });

  it("gives the number of articles loaded and the days they span", async () => {
    expect(await loadedCorpus(db)).toEqual({ articles: 5, first: "2020-02-03", last: "2023-02-16" });
  });

  it("puts an article without a date on its earliest statement's day, after the next rebuild", async () => {
    // The 2020-02-14 report whose central statements go back to 2020-01-25.
    const article = await db.article.findFirstOrThrow({ where: { date: "2020-02-14" } });
    await db.article.update({ where: { id: article.id }, data: { date: null } });
    await refreshStatementTally(db);
    expect((await articlesByRegion(db, { from: "2020-01-01", to: "2020-01-31" })).get("central")).toBe(1);
    expect((await articlesByRegion(db, { from: "2020-02-14", to: "2020-02-14" })).get("central")).toBeUndefined();
  });
});
