import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "./client";
import { speakerNames } from "./filter-options";
import { seededDatabase } from "./fixtures/seeded-database";

describe("speakerNames", () => {
  let db: Database;
  beforeAll(async () => {
    db = await seededDatabase();
  }, 120_000);
  afterAll(async () => db?.$disconnect());

  it("lists each speaker of the statements loaded once", async () => {
    const rows = await db.statement.findMany({ where: { speaker: { not: null } }, distinct: ["speaker"], select: { speaker: true } });
    const names = await speakerNames(db);
    expect(names).toEqual(rows.map((r) => r.speaker).sort());
    expect(names).toContain("楼阳生");
  });
});
