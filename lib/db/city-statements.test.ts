import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "./client";
import { seededDatabase } from "./fixtures/seeded-database";
import { cityStatements } from "./city-statements";
import { findStatements } from "./queries";

describe("cityStatements", () => {
  let db: Database;
  beforeAll(async () => {
    db = await seededDatabase();
  }, 60_000);
  afterAll(() => db.$disconnect());

  it("lists 河南's municipal statements under 郑州, as many as the city filter finds", async () => {
    const cities = await cityStatements(db, "henan", { kind: "all" });
    const zhengzhou = cities.find((c) => c.city === "郑州");
    expect(zhengzhou).toBeDefined();
    const records = await findStatements(db, { region: "henan", city: "郑州", limit: 1000 });
    expect(records.length).toBeGreaterThan(0);
    expect(records.every((r) => r.city === "郑州" && r.level === "municipal")).toBe(true);
    expect(zhengzhou!.total).toBe(records.length);
    expect(zhengzhou!.statements.map((s) => s.id).sort()).toEqual(records.map((r) => r.id).sort());
    // Another province's cities stay out.
    expect(cities.some((c) => c.city === "盐城")).toBe(false);
  });

  it("keeps to the filters", async () => {
    expect(await cityStatements(db, "henan", { kind: "all", from: "2030-01-01" })).toEqual([]);
    const directives = await cityStatements(db, "henan", { kind: "directive" });
    for (const city of directives) expect(city.statements.every((s) => s.kind === "directive")).toBe(true);
  });
});
