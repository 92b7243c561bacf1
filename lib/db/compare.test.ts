import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "./client";
import { compareRegions } from "./compare";
import { seededDatabase } from "./fixtures/seeded-database";
import { findStatements } from "./queries";

describe("compareRegions on the bundled articles", () => {
  let db: Database;
  beforeAll(async () => {
    db = await seededDatabase();
  }, 60_000);
  afterAll(() => db.$disconnect());

  it("puts 河南, 江苏 and 中央 side by side with their counts and leaders", async () => {
    const comparison = await compareRegions(db, ["henan", "jiangsu", "central"]);
    expect(comparison.regions.map((r) => r.name)).toEqual(["河南", "江苏", "中央"]);
    for (const region of comparison.regions) {
      const all = await findStatements(db, { region: region.code, limit: 10_000 });
      expect(region.statements).toBe(all.length);
    }
    expect(comparison.regions[0].leaders.map((l) => l.name)).toContain("楼阳生");
    expect(comparison.regions[2].leaders.map((l) => l.name)).toContain("习近平");
  });

  it("aligns statements by theme: every cell holds its region's statements on that row's theme", async () => {
    const comparison = await compareRegions(db, ["henan", "jiangsu", "central"]);
    expect(comparison.rows.length).toBeGreaterThan(2);
    const shared = comparison.rows[0];
    expect(shared.cells.filter((c) => c.statements > 0).length).toBeGreaterThanOrEqual(2);
    for (const row of comparison.rows) {
      expect(row.cells.map((c) => c.regionCode)).toEqual(["henan", "jiangsu", "central"]);
      for (const cell of row.cells) {
        expect(cell.newest.length).toBe(Math.min(3, cell.statements));
        for (const s of cell.newest) expect(s.themes.map((t) => t.id)).toContain(row.theme.id);
      }
    }
  });

  it("draws every theme bar on one scale: the largest count among the compared regions", async () => {
    const comparison = await compareRegions(db, ["henan", "jiangsu"]);
    const counts = comparison.regions.flatMap((r) => r.themes.map((t) => t.statements));
    expect(comparison.maxThemeCount).toBe(Math.max(...counts));
  });

  it("applies the filters", async () => {
    const all = await compareRegions(db, ["henan", "jiangsu"]);
    const filtered = await compareRegions(db, ["henan", "jiangsu"], { theme: "surveillance" });
    expect(filtered.rows.find((r) => r.theme.id === "surveillance")).toBeDefined();
    for (const region of filtered.regions) {
      expect(region.statements).toBeLessThanOrEqual(all.regions.find((r) => r.code === region.code)!.statements);
    }
  });
});
