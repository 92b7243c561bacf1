import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createDatabase, readDatabase } from "./client";
import { migrateDatabase } from "./migrate";

const file = path.join(mkdtempSync(path.join(tmpdir(), "atlas-readonly-")), "atlas.db");
migrateDatabase(file);

describe("the app's database connection", () => {
  const previousUrl = process.env.DATABASE_URL;
  process.env.DATABASE_URL = `file:${file}`;
  const db = readDatabase();
  afterAll(async () => {
    await db.$disconnect();
    process.env.DATABASE_URL = previousUrl;
  });

  it("reads", async () => {
    const writer = createDatabase({ file });
    await writer.theme.create({ data: { id: "testing", nameZh: "检测", nameEn: "testing" } });
    await writer.$disconnect();
    expect(await db.theme.findMany({ select: { id: true, nameZh: true, nameEn: true } })).toEqual([{ id: "testing", nameZh: "检测", nameEn: "testing" }]);
  });

  it.each([
    ["create", () => db.theme.create({ data: { id: "x", nameZh: "x", nameEn: "x" } })],
    ["update", () => db.theme.updateMany({ data: { nameEn: "changed" } })],
    ["delete", () => db.theme.deleteMany()],
    ["raw SQL", () => db.$executeRawUnsafe(`DELETE FROM "Theme"`)],
  ])("refuses to %s", async (_, write) => {
    await expect(write()).rejects.toThrow(/readonly|read-only/i);
  });
});

const WRITES = /\.(create|createMany|createManyAndReturn|update|updateMany|upsert|delete|deleteMany)\(|\$executeRaw|\$queryRawUnsafe|createDatabase\(/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".test.ts") ? [full] : [];
  });
}

describe("routes and the queries they call", () => {
  it.each([...sourceFiles("app"), "lib/db/queries.ts"])("%s neither writes nor opens a writable connection", (source) => {
    const lines = readFileSync(source, "utf8").split("\n");
    expect(lines.filter((line) => WRITES.test(line))).toEqual([]);
  });
});
