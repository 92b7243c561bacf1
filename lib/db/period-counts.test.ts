import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "./client";
import { seededDatabase } from "./fixtures/seeded-database";
import { regionCountsByPeriod } from "./period-counts";
import { statementDateRange } from "./queries";
import { multiplePeriods } from "@/lib/period";

describe("regionCountsByPeriod", () => {
  let db: Database;
  beforeAll(async () => {
    db = await seededDatabase();
  }, 60_000);
  afterAll(() => db.$disconnect());

  it("counts each region's statements in each year, and the years add up to the statements", async () => {
    const dates = await statementDateRange(db);
    const panels = await regionCountsByPeriod(db, { kind: "directive" }, multiplePeriods(dates.first, dates.last));
    expect(panels.map((p) => p.label)).toEqual(["2020", "2021", "2022", "2023"]);
    expect(panels[1].counts).toEqual({}); // no article from 2021
    const rows = await db.statement.groupBy({ by: ["regionCode"], where: { kind: "directive", date: { not: null } }, _count: true });
    const summed: Record<string, number> = {};
    for (const panel of panels) for (const [code, n] of Object.entries(panel.counts)) summed[code] = (summed[code] ?? 0) + n;
    expect(summed).toEqual(Object.fromEntries(rows.filter((r) => r.regionCode).map((r) => [r.regionCode, r._count])));
    const henan = await db.statement.count({ where: { regionCode: "henan", kind: "directive", date: { gte: "2022-01-01", lte: "2022-12-31" } } });
    expect(henan).toBeGreaterThan(0);
    expect(panels[2].counts.henan).toBe(henan);
  });
});
