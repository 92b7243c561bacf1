import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "./client";
import { seededDatabase } from "./fixtures/seeded-database";
import { findStatements, inIdChunks, searchStatements } from "./queries";
import { ftsPhraseQuery, searchTerms } from "./statement-sql";

describe("searchTerms", () => {
  it("normalises the words a reader types like article text", () => {
    expect(searchTerms("監測預警")).toEqual(["监测预警"]);
    expect(searchTerms(" 发(fā)布　预警 预警 ")).toEqual(["发布", "预警"]);
  });

  it("quotes every term, so FTS operators typed by a reader stay plain text", () => {
    expect(ftsPhraseQuery(['监测"预警', "NEAR(a b)"])).toBe('"监测""预警" AND "NEAR(a b)"');
  });
});

describe("inIdChunks", () => {
  it("sends long id lists in chunks Prisma accepts and gathers every row", async () => {
    const ids = Array.from({ length: 1_201 }, (_, i) => i + 1);
    const chunks: number[][] = [];
    const rows = await inIdChunks(ids, async (chunk) => {
      chunks.push(chunk);
      return chunk.map((id) => ({ id }));
    });
    expect(chunks.map((c) => c.length)).toEqual([500, 500, 201]);
    expect(rows.map((r) => r.id)).toEqual(ids);
  });
});

describe("searchStatements on the bundled articles", () => {
  let db: Database;
  beforeAll(async () => {
    db = await seededDatabase();
  }, 60_000);
  afterAll(() => db.$disconnect());

  it("finds every statement containing the words, and only those", async () => {
    const all = await findStatements(db, { limit: 10_000 });
    const expected = all.filter((s) => s.text.includes("监测") && s.text.includes("预警")).map((s) => s.id).sort();
    expect(expected.length).toBeGreaterThan(2);
    const result = await searchStatements(db, { q: "监测 预警", limit: 1_000 });
    expect(result.statements.map((s) => s.id).sort()).toEqual(expected);
    expect(result.total).toBe(expected.length);
    expect(result.byRegion.reduce((sum, r) => sum + r.statements, 0)).toBe(expected.length);
  });

  it("matches two-character words, which the trigram index cannot, by scanning", async () => {
    const all = await findStatements(db, { limit: 10_000 });
    const result = await searchStatements(db, { q: "预警", limit: 1_000 });
    expect(result.total).toBe(all.filter((s) => s.text.includes("预警")).length);
  });

  it("applies the map's filters to the matches", async () => {
    const everywhere = await searchStatements(db, { q: "疫情防控", limit: 1_000 });
    const henan = await searchStatements(db, { q: "疫情防控", region: "henan", limit: 1_000 });
    expect(henan.total).toBeGreaterThan(0);
    expect(henan.total).toBeLessThan(everywhere.total);
    expect(henan.byRegion.map((r) => r.code)).toEqual(["henan"]);
    const themed = await searchStatements(db, { q: "疫情防控", theme: "surveillance", limit: 1_000 });
    expect(themed.statements.every((s) => s.themes.some((t) => t.id === "surveillance"))).toBe(true);
  });

  it("takes FTS syntax and SQL as literal text: no error, only statements containing it", async () => {
    await expect(searchStatements(db, { q: "没有这句话的文本", limit: 10 })).resolves.toMatchObject({ total: 0 });
    for (const q of ['" OR 1=1 --', "NEAR(疫情 防控)", "*", "a AND", "疫情 OR 防控"]) {
      const result = await searchStatements(db, { q, limit: 1_000 });
      const terms = searchTerms(q);
      expect(result.statements.every((s) => terms.every((t) => s.text.toLowerCase().includes(t.toLowerCase())))).toBe(true);
    }
  });

  it("pages through the API's records, with or without search words", async () => {
    for (const query of [{}, { q: "疫情" }]) {
      const all = await findStatements(db, { ...query, limit: 10_000 });
      expect(all.length).toBeGreaterThan(10);
      const pages = [0, 5, 10].map((offset) => findStatements(db, { ...query, limit: 5, offset }));
      expect((await Promise.all(pages)).flat().map((r) => r.id)).toEqual(all.slice(0, 15).map((r) => r.id));
    }
  });

  it("gives the API the matches oldest first", async () => {
    const records = await findStatements(db, { q: "监测预警", limit: 1_000 });
    expect(records.length).toBeGreaterThan(0);
    expect(records.every((r) => r.text.includes("监测预警"))).toBe(true);
    const dates = records.map((r) => r.date ?? "");
    expect(dates).toEqual([...dates].sort());
  });
});
