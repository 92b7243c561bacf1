import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { followedCentralDirectives } from "@/lib/central-followers";
import type { Database } from "./client";
import { seededDatabase } from "./fixtures/seeded-database";
import { FOLLOW_WINDOW_DAYS, regionOverview } from "./region-page";
import { datedStatementThemes } from "./statement-sql";

describe("a region page's central directives followed", () => {
  let db: Database;
  beforeAll(async () => {
    db = await seededDatabase();
  }, 60_000);
  afterAll(() => db.$disconnect());

  it("reads each central statement of the window once, with all its themes, newest first and bounded", async () => {
    const expected = await db.statement.findMany({
      where: { regionCode: "central", date: { gte: "2020-01-01", lte: "2020-02-10" } },
      orderBy: [{ date: "desc" }, { id: "desc" }],
      select: { id: true, date: true, themes: { select: { themeId: true } } },
    });
    expect(expected.length).toBeGreaterThan(5);
    const rows = await datedStatementThemes(db, "central", "2020-01-01", "2020-02-10", 1_000);
    const sorted = (ids: string[]) => [...ids].sort();
    expect(rows.map((r) => ({ ...r, themeIds: sorted(r.themeIds) })).sort((a, b) => b.date.localeCompare(a.date) || b.id - a.id)).toEqual(
      expected.map((s) => ({ id: s.id, date: s.date, themeIds: sorted(s.themes.map((t) => t.themeId)) })),
    );
    const newest = await datedStatementThemes(db, "central", "2020-01-01", "2020-02-10", 5);
    expect(newest.map((r) => r.id).sort()).toEqual(expected.slice(0, 5).map((s) => s.id).sort());
  });

  it("pairs each regional statement with the newest central statement on a shared theme within the window", async () => {
    const region = await regionOverview(db, "jilin");
    const central = await db.statement.findMany({ where: { regionCode: "central" }, select: { id: true, date: true, themes: { select: { themeId: true } } } });
    const expected = followedCentralDirectives(
      region!.statements.map((s) => ({ id: s.id, date: s.date, themeIds: s.themes.map((t) => t.id) })),
      central.map((c) => ({ id: c.id, date: c.date, themeIds: c.themes.map((t) => t.themeId) })),
      FOLLOW_WINDOW_DAYS,
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(region!.followed.map((f) => ({ centralId: f.central.id, followers: f.followers.map((x) => ({ id: x.statement.id, lagDays: x.lagDays })) }))).toEqual(expected);
  });
});
