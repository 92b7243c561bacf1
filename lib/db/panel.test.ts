import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "./client";
import { articlesByRegion } from "./coverage";
import { seededDatabase } from "./fixtures/seeded-database";
import { median, monthlyRanges, panelPeriodBounds, panelPeriodOf, provincePanel, type PanelFilter } from "./panel";
import { regionSummaries } from "./queries";

describe("monthlyRanges", () => {
  it("reads whole months from month rows and the ragged ends from day rows, never a year row", () => {
    expect(monthlyRanges("2022-01-01", "2022-12-31")).toEqual([{ gte: "M2022-01", lte: "M2022-12" }]);
    expect(monthlyRanges("2021-11-15", "2022-02-10")).toEqual([
      { gte: "2021-11-15", lte: "2021-11-31" },
      { gte: "2022-02-01", lte: "2022-02-10" },
      { gte: "M2021-12", lte: "M2022-01" },
    ]);
    expect(monthlyRanges("2024-02-03", "2024-02-29")).toEqual([{ gte: "2024-02-03", lte: "2024-02-29" }]);
    expect(monthlyRanges("2023-02-01", "2023-02-28")).toEqual([{ gte: "M2023-02", lte: "M2023-02" }]);
    expect(monthlyRanges("2023-03-01", "2023-03-30")).toEqual([{ gte: "2023-03-01", lte: "2023-03-30" }]);
    expect(monthlyRanges()).toEqual([{ gte: "M0000-01", lte: "M9999-12" }]);
    expect(monthlyRanges("2023-03-02", "2023-03-01")).toEqual([]);
  });
});

describe("panel periods", () => {
  it("names a month's quarter and year, and gives each period's first and last day", () => {
    expect(["month", "quarter", "year"].map((p) => panelPeriodOf("2022-11", p as "month"))).toEqual(["2022-11", "2022-Q4", "2022"]);
    expect(panelPeriodBounds("2024-02")).toEqual({ start: "2024-02-01", end: "2024-02-29" });
    expect(panelPeriodBounds("2022-Q3")).toEqual({ start: "2022-07-01", end: "2022-09-30" });
    expect(panelPeriodBounds("2022")).toEqual({ start: "2022-01-01", end: "2022-12-31" });
  });

  it("takes the median of an even count as the mean of the middle two", () => {
    expect(median([])).toBeNull();
    expect(median([9, 1, 5])).toBe(5);
    expect(median([10, 2, 4, 100])).toBe(7);
  });
});

describe("the province panel on the bundled articles", () => {
  let db: Database;
  beforeAll(async () => {
    db = await seededDatabase();
  }, 120_000);
  afterAll(async () => db?.$disconnect());

  const filters: PanelFilter[] = [{ kind: "directive" }, { kind: "all" }, { kind: "directive", theme: "accountability" }, { kind: "directive", from: "2022-11-01", to: "2023-02-20" }, { kind: "assessment", level: "provincial" }];

  it.each(filters)("has one row per region and month, and its counts add up to the map's, for %o", async (filter) => {
    const rows = await provincePanel(db, filter, "month");
    expect(rows.length).toBeGreaterThan(0);
    const keys = rows.map((r) => `${r.region}|${r.period}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(rows.every((r) => /^\d{4}-\d{2}$/.test(r.period) && r.region !== "central")).toBe(true);

    const map = await regionSummaries(db, filter);
    const articles = await articlesByRegion(db, filter);
    for (const region of map.filter((r) => r.code !== "central")) {
      const own = rows.filter((r) => r.region === region.code);
      expect(own.reduce((sum, r) => sum + r.directives, 0), region.name).toBe(region.statements);
      expect(own.reduce((sum, r) => sum + r.articles, 0), region.name).toBe(articles.get(region.code)?.articles ?? 0);
      expect(own.reduce((sum, r) => sum + r.stories, 0), region.name).toBe(articles.get(region.code)?.stories ?? 0);
    }
  });

  it("counts each directive once per CAP topic, and each echoing directive once", async () => {
    const rows = await provincePanel(db, { kind: "directive" }, "month");
    const topicLinks = await db.statementTopic.count({ where: { statement: { kind: "directive", date: { not: null }, regionCode: { notIn: ["central"] }, NOT: { regionCode: null } } } });
    expect(rows.reduce((sum, r) => sum + Object.values(r.topics).reduce((a, b) => a + b, 0), 0)).toBe(topicLinks);
    const echoing = await db.statement.count({
      where: { kind: "directive", date: { not: null }, regionCode: { notIn: ["central"] }, NOT: { regionCode: null }, echoes: { some: { centralStatement: { kind: "directive" } } } },
    });
    expect(echoing).toBeGreaterThan(0);
    expect(rows.reduce((sum, r) => sum + r.echoes, 0)).toBe(echoing);
    const withEchoes = rows.find((r) => r.echoes > 0)!;
    expect(withEchoes.medianLagDays).not.toBeNull();
  });

  it("sums months into quarters and years", async () => {
    const months = await provincePanel(db, { kind: "directive" }, "month");
    for (const period of ["quarter", "year"] as const) {
      const coarser = await provincePanel(db, { kind: "directive" }, period);
      expect(coarser.reduce((sum, r) => sum + r.directives, 0)).toBe(months.reduce((sum, r) => sum + r.directives, 0));
      expect(coarser.reduce((sum, r) => sum + r.articles, 0)).toBe(months.reduce((sum, r) => sum + r.articles, 0));
    }
    const henan = (await provincePanel(db, { kind: "directive" }, "quarter")).filter((r) => r.region === "henan");
    expect(henan.map((r) => [r.period, r.periodStart, r.periodEnd, r.articles])).toEqual([["2022-Q4", "2022-10-01", "2022-12-31", 1]]);
  });

  it("keeps to the region asked for", async () => {
    const rows = await provincePanel(db, { kind: "directive", region: "henan" }, "year");
    expect(rows.map((r) => r.region)).toEqual(["henan"]);
  });
});
