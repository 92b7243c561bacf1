import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Sqlite from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { migrateDatabase } from "./migrate";

function schemaOf(file: string): string[] {
  const db = new Sqlite(file, { readonly: true });
  try {
    const rows = db
      .prepare(`SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE '\\_AtlasMigration%' ESCAPE '\\' AND name NOT LIKE 'sqlite_%'`)
      .pluck()
      .all() as string[];
    return rows.map((sql) => sql.replace(/\s+/g, " ").trim()).sort();
  } finally {
    db.close();
  }
}

describe("migrateDatabase", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "atlas-migrate-"));

  it("applies the migrations once and builds the schema that prisma/schema.prisma describes", () => {
    const migrated = path.join(dir, "migrated.db");
    expect(migrateDatabase(migrated)).toContain("0001_init");
    expect(migrateDatabase(migrated)).toEqual([]);

    // Prisma's own SQL for the current schema, from nothing: any drift between the schema and
    // the committed migrations shows as a difference.
    const prisma = spawnSync(process.execPath, ["scripts/prisma.mjs", "migrate", "diff", "--from-empty", "--to-schema-datamodel", "prisma/schema.prisma", "--script"], {
      encoding: "utf8",
    });
    expect(prisma.status, prisma.stderr).toBe(0);
    const expected = path.join(dir, "expected.db");
    const db = new Sqlite(expected);
    db.exec(prisma.stdout);
    db.close();

    expect(schemaOf(migrated)).toEqual(schemaOf(expected));
    expect(schemaOf(migrated).some((sql) => sql.startsWith('CREATE TABLE "Statement"'))).toBe(true);
  });
});
