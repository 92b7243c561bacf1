import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listArticleFiles } from "@/lib/ingest/article-file";
import { referenceDataFrom } from "@/lib/ingest/reference-data";
import { completeDerivedTables, seedArticles } from "@/lib/ingest/seed";
import { loadKnowledge } from "@/lib/knowledge";
import { tagArticle } from "@/lib/tagger";
import type { Database } from "./client";
import { syncReferenceData } from "./load";
import { testDatabase } from "./fixtures/test-database";
import { leaderDetail, regionDetail, regionSummaries, statementWhere, type StatementQuery } from "./queries";
import { themeCountsByRegion } from "./tally-sql";
import { periodRanges } from "./tally";

const knowledge = loadKnowledge();

describe("the statement tally behind the map", () => {
  let db: Database;

  beforeAll(async () => {
    db = await testDatabase("tally");
    await syncReferenceData(db, referenceDataFrom(knowledge));
    await seedArticles(db, listArticleFiles(path.resolve("data/articles")), (raw, fileName) => tagArticle(raw, knowledge, { fileName }));
    await completeDerivedTables(db);
  });
  afterAll(async () => db?.$disconnect());

  const filters: Omit<StatementQuery, "limit">[] = [
    {},
    { theme: "accountability" },
    { level: "provincial" },
    { leader: "楼阳生" },
    { from: "2022-11-01", to: "2022-11-30" },
    { from: "2023-01-01" },
    { theme: "surveillance", to: "2023-02-20", level: "provincial" },
    // Ranges read from year, month and day rows at once.
    { from: "2020-02-04", to: "2023-02-19" },
    { from: "2020-01-01", to: "2022-12-31" },
    { from: "2020-02-01", to: "2020-02-29" },
    { from: "2022-03-17", to: "2022-03-17", theme: "surveillance" },
    { from: "2019-12-31", to: "2023-02-28" },
  ];

  it.each(filters)("counts per region and the latest directive agree with the statements for %o", async (filter) => {
    const summaries = await regionSummaries(db, filter);
    for (const region of summaries) {
      const where = statementWhere({ ...filter, region: region.code });
      expect(region.statements, region.name).toBe(await db.statement.count({ where }));
      expect((await regionDetail(db, region.code, filter))?.total, region.name).toBe(region.statements);
      expect(region.allStatements, region.name).toBe(await db.statement.count({ where: { regionCode: region.code } }));
      const newest = await db.statement.findFirst({ where: { AND: [where, { date: { not: null } }] }, orderBy: [{ date: "desc" }, { id: "desc" }] });
      expect(region.latest?.date ?? null, region.name).toBe(newest?.date ?? null);
      const speakerTotal = region.speakers.reduce((sum, s) => sum + s.statements, 0);
      expect(speakerTotal).toBe(await db.statement.count({ where: { AND: [where, { speaker: { not: null } }] } }));
    }
    expect(summaries.some((r) => r.statements > 0)).toBe(true);
  });

  it.each(filters)("counts per region and theme agree with the statements for %o", async (filter) => {
    const counts = await themeCountsByRegion(db, filter);
    for (const { regionCode, themeId, statements } of counts) {
      const themed = filter.theme ? filter : { ...filter, theme: themeId };
      expect(statements, `${regionCode} ${themeId}`).toBe(await db.statement.count({ where: statementWhere({ ...themed, region: regionCode }) }));
    }
    expect(counts.map((c) => c.statements)).toEqual(counts.map((c) => c.statements).sort((a, b) => b - a));
    const top = await themeCountsByRegion(db, filter, 2);
    const regions = [...new Set(counts.map((c) => c.regionCode))];
    for (const region of regions) {
      expect(top.filter((c) => c.regionCode === region), region).toEqual(counts.filter((c) => c.regionCode === region).slice(0, 2));
    }
  });

  it("gives a leader's regions and theme profile from the same counts", async () => {
    const leader = await db.leader.findUniqueOrThrow({ where: { name: "楼阳生" } });
    const detail = await leaderDetail(db, leader.id, "all");
    expect(detail?.regions).toEqual([{ name: "河南", code: "henan", statements: await db.statement.count({ where: { leaderId: leader.id } }) }]);
    const accountability = detail?.themes.find((t) => t.id === "accountability");
    expect(accountability?.statements).toBe(await db.statement.count({ where: { leaderId: leader.id, themes: { some: { themeId: "accountability" } } } }));
    // By default the page counts directives.
    const directives = await leaderDetail(db, leader.id);
    expect(directives?.total).toBe(await db.statement.count({ where: { leaderId: leader.id, kind: "directive" } }));
    expect(directives?.regions).toEqual([{ name: "河南", code: "henan", statements: directives?.total }]);
  });
});

describe("periodRanges", () => {
  const days = (from: string, to: string) => {
    const all: string[] = [];
    for (let t = Date.parse(from); t <= Date.parse(to); t += 86_400_000) all.push(new Date(t).toISOString().slice(0, 10));
    return all;
  };
  /** The days a set of ranges covers, with years and months spelled out as their days. */
  const covered = (from: string, to: string) =>
    periodRanges(from, to).flatMap(({ gte, lte }) => {
      if (gte.startsWith("Y")) return days(`${gte.slice(1)}-01-01`, `${lte.slice(1)}-12-31`);
      if (gte.startsWith("M")) return days(`${gte.slice(1)}-01`, new Date(Date.UTC(Number(lte.slice(1, 5)), Number(lte.slice(6, 8)), 0)).toISOString().slice(0, 10));
      return days(gte, lte > to ? to : lte);
    });

  it.each([
    ["2022-01-01", "2022-12-31"],
    ["2021-03-15", "2023-02-28"],
    ["2020-02-01", "2020-02-29"],
    ["2020-02-10", "2020-02-10"],
    ["2019-12-31", "2020-01-01"],
    ["2021-01-31", "2021-03-01"],
    ["2020-01-01", "2024-12-30"],
  ])("covers every day from %s to %s exactly once", (from, to) => {
    const cover = covered(from, to);
    expect(cover.sort()).toEqual(days(from, to));
  });

  it("reads whole years and months, not their days", () => {
    expect(periodRanges("2022-01-01", "2022-12-31")).toEqual([{ gte: "Y2022", lte: "Y2022" }]);
    expect(periodRanges("2021-12-15", "2023-01-31")).toEqual([
      { gte: "2021-12-15", lte: "2021-12-31" },
      { gte: "Y2022", lte: "Y2022" },
      { gte: "M2023-01", lte: "M2023-01" },
    ]);
    expect(periodRanges(undefined, "2022-06-30")).toEqual([{ gte: "Y0000", lte: "Y2021" }, { gte: "M2022-01", lte: "M2022-06" }]);
    expect(periodRanges("2023-01-02", "2023-01-01")).toEqual([]);
  });
});
