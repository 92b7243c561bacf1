import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Sqlite from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { emptyDatabase, MIGRATIONS_DIR, migrateDatabase } from "./migrate";

function schemaOf(file: string): string[] {
  const db = new Sqlite(file, { readonly: true });
  try {
    const rows = db
      // The search indexes (FTS5 tables, their shadow tables and triggers) and the corpus version's triggers are SQL Prisma does not model.
      .prepare(
        `SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE '\\_AtlasMigration%' ESCAPE '\\' AND name NOT LIKE 'sqlite_%'
           AND name NOT LIKE 'StatementSearch%' AND name NOT LIKE 'Statement\\_search\\_%' ESCAPE '\\'
           AND name NOT LIKE 'StatementBigram%' AND name NOT LIKE 'Statement\\_bigram\\_%' ESCAPE '\\'
           AND name NOT LIKE 'Article\\_corpus\\_%' ESCAPE '\\'`,
      )
      .pluck()
      .all() as string[];
    // A column added by ALTER TABLE is written after the table's last line with other spacing.
    return rows.map((sql) => sql.replace(/\s+/g, " ").replace(/ ?([,)])/g, "$1").trim()).sort();
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

  it("keeps the search index in step with statements", () => {
    const file = path.join(dir, "search.db");
    migrateDatabase(file);
    const db = new Sqlite(file);
    try {
      db.exec(`INSERT INTO "Article" ("sourceFile", "contentHash", "content") VALUES ('a.txt', 'h', 'x')`);
      const insert = db.prepare(`INSERT INTO "Statement" ("articleId", "text", "startChar", "endChar", "evidence") VALUES (1, ?, 0, 1, '[]')`);
      insert.run("加强疫情监测和常态化预警能力建设");
      insert.run("压实四方责任");
      const matches = (q: string) => db.prepare(`SELECT rowid FROM "StatementSearch" WHERE "StatementSearch" MATCH ?`).pluck().all(q);
      expect(matches('"监测预警"')).toEqual([]);
      expect(matches('"常态化预警"')).toEqual([1]);
      db.exec(`UPDATE "Statement" SET "text" = '监测预警体系' WHERE "id" = 1`);
      expect(matches('"常态化预警"')).toEqual([]);
      expect(matches('"监测预警"')).toEqual([1]);
      db.exec(`DELETE FROM "Statement" WHERE "id" = 1`);
      expect(matches('"监测预警"')).toEqual([]);
    } finally {
      db.close();
    }
  });

  it("fills the bigram index with the statements loaded before its migration, and drops a deleted statement's", () => {
    const file = path.join(dir, "bigram.db");
    const before = path.join(dir, "migrations-before-bigrams");
    // The migrations before 0007 (later ones make the Statement table anew and add 0007's trigger again).
    cpSync(MIGRATIONS_DIR, before, { recursive: true, filter: (source) => Number(/[\\/](\d{4})_[^\\/]*/.exec(source)?.[1] ?? 0) < 7 });
    expect(migrateDatabase(file, before)).not.toContain("0007_bigram_search");
    let db = new Sqlite(file);
    db.exec(`INSERT INTO "Article" ("sourceFile", "contentHash", "content") VALUES ('a.txt', 'h', 'x')`);
    const insert = db.prepare(`INSERT INTO "Statement" ("articleId", "text", "startChar", "endChar", "evidence") VALUES (1, ?, 0, 1, '[]')`);
    insert.run("加强疫情监测和常态化预警能力建设");
    insert.run("推进5G网络建设，压实四方责任");
    db.close();

    expect(migrateDatabase(file)).toContain("0007_bigram_search");
    db = new Sqlite(file);
    try {
      const matches = (q: string) => db.prepare(`SELECT rowid FROM "StatementBigram" WHERE "StatementBigram" MATCH ? ORDER BY rowid`).pluck().all(q);
      expect(matches('"预警"')).toEqual([1]);
      expect(matches('"建设"')).toEqual([1, 2]);
      expect(matches('"5g"')).toEqual([2]);
      expect(matches('"设压"')).toEqual([]);
      db.exec(`DELETE FROM "Statement" WHERE "id" = 1`);
      expect(matches('"建设"')).toEqual([2]);
    } finally {
      db.close();
    }
  });

  it("empties a database in place, keeping the file, and cuts one that is not a database any more", () => {
    const file = path.join(dir, "reset.db");
    migrateDatabase(file);
    const inode = statSync(file).ino;
    emptyDatabase(file);
    expect(statSync(file).ino).toBe(inode);
    expect(schemaOf(file)).toEqual([]);
    expect(migrateDatabase(file)).toContain("0001_init");

    const damaged = path.join(dir, "damaged.db");
    writeFileSync(damaged, Buffer.alloc(8192, 0x5a));
    emptyDatabase(damaged);
    expect(statSync(damaged).size).toBe(0);
    expect(migrateDatabase(damaged)).toContain("0001_init");
  });
});
