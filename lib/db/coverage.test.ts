import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "./client";
import { regionMeasures } from "@/lib/map-measure";
import { articlesByRegion, loadedCorpus } from "./coverage";
import { corpusOverview } from "./corpus-overview";
import { seededDatabase } from "./fixtures/seeded-database";
import { provincePanel } from "./panel";
import { regionSummaries } from "./queries";
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
      expect(counts.get(code)?.articles ?? 0, code).toBe(expected);
    }
    // The bundled articles: the centre speaks in four of the five, 河南 in one, 西藏 in none; no reprints.
    expect(counts.get("central")).toEqual({ articles: 4, stories: 4 });
    expect(counts.get("henan")).toEqual({ articles: 1, stories: 1 });
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
      expect(counts.get(code)?.articles ?? 0, code).toBe(await articlesFrom(db, code, from, to));
    }
  });

  it("gives the number of articles loaded and the days they span", async () => {
    expect(await loadedCorpus(db)).toEqual({ articles: 5, stories: 5, first: "2020-02-03", last: "2023-02-16" });
  });

  it("puts an article without a date on its earliest statement's day, after the next rebuild", async () => {
    // The 2020-02-14 report whose central statements go back to 2020-01-25.
    const article = await db.article.findFirstOrThrow({ where: { date: "2020-02-14" } });
    await db.article.update({ where: { id: article.id }, data: { date: null } });
    await refreshStatementTally(db);
    expect((await articlesByRegion(db, { from: "2020-01-01", to: "2020-01-31" })).get("central")?.articles).toBe(1);
    expect((await articlesByRegion(db, { from: "2020-02-14", to: "2020-02-14" })).get("central")).toBeUndefined();
  });

  it("counts a second paper's reprint among the articles loaded but once among the stories, alike on the map, the data page and the panel", async () => {
    const henan = await db.article.findFirstOrThrow({ where: { statements: { some: { regionCode: "henan" } } }, include: { statements: true } });
    const directives = { kind: "directive" as const };
    const before = (await regionSummaries(db, directives)).find((r) => r.code === "henan")!.statements;
    expect(before).toBeGreaterThan(0);
    await db.article.create({
      data: {
        sourceFile: "reprint.jsonl#1",
        title: "省委专题会议召开",
        date: henan.date,
        contentHash: `reprint-of-${henan.contentHash}`,
        content: henan.content,
        outlet: "大河报",
        reprintOf: henan.id,
        statements: {
          create: henan.statements.map(({ regionCode, speaker, office, level, city, date, text, startChar, endChar, evidence, kind, topics, datePrecision, cites }) => ({
            regionCode, speaker, office, level, city, date, text, startChar, endChar, evidence, kind, topics, datePrecision, cites,
          })),
        },
      },
    });
    await refreshStatementTally(db);

    const coverage = await articlesByRegion(db);
    expect(coverage.get("henan")).toEqual({ articles: 2, stories: 1 });
    const map = await regionSummaries(db, directives);
    expect(map.find((r) => r.code === "henan")!.statements).toBe(before);
    const measures = (mode: "coverage" | "per-article") => regionMeasures(map, Object.fromEntries(coverage), mode)["河南"].value;
    expect(measures("coverage")).toBe(2);
    expect(measures("per-article")).toBe(before);

    const data = (await corpusOverview(db)).byRegion.find((r) => r.code === "henan");
    expect(data).toMatchObject({ articles: 2, stories: 1, statements: (await regionSummaries(db, { kind: "all" })).find((r) => r.code === "henan")!.statements });
    const panel = (await provincePanel(db, directives, "year")).filter((r) => r.region === "henan");
    expect(panel.map((r) => [r.articles, r.stories, r.directives])).toEqual([[2, 1, before]]);
    expect(await loadedCorpus(db)).toMatchObject({ articles: 6, stories: 5 });
  });
});
