// Creates or updates the SQLite schema from prisma/migrations, so the seed needs no CLI.
// SQLite-specific (pragmas, better-sqlite3): it stays inside the data module.
import { existsSync, mkdirSync, readFileSync, truncateSync } from "node:fs";
import path from "node:path";
import Sqlite from "better-sqlite3";
import { BIGRAMS_SQL_FUNCTION, statementBigrams } from "./bigrams";
import { pendingMigrations } from "./migration-files";

export const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");

/** Applies every migration not yet applied, each in its own transaction; returns their names. */
export function migrateDatabase(file: string, migrationsDir = MIGRATIONS_DIR): string[] {
  mkdirSync(path.dirname(file), { recursive: true });
  const db = new Sqlite(file);
  try {
    db.pragma("journal_mode = WAL"); // readers (the app) are not blocked while the seed writes
    // For 0007_bigram_search, which fills the index from the statements already loaded.
    db.function(BIGRAMS_SQL_FUNCTION, { deterministic: true }, (text) => statementBigrams(String(text)));
    db.exec(`CREATE TABLE IF NOT EXISTS "_AtlasMigration" ("name" TEXT NOT NULL PRIMARY KEY, "appliedAt" TEXT NOT NULL)`);
    const applied = new Set(db.prepare(`SELECT "name" FROM "_AtlasMigration"`).pluck().all() as string[]);
    const pending = pendingMigrations(migrationsDir, applied);
    for (const name of pending) {
      const sql = readFileSync(path.join(migrationsDir, name, "migration.sql"), "utf8");
      // A migration that makes a table anew turns foreign keys off, as Prisma's do; inside the
      // transaction the pragma would do nothing, so it is set around it and the keys checked after.
      const keysOff = /^PRAGMA foreign_keys\s*=\s*OFF;/im.test(sql);
      if (keysOff) db.pragma("foreign_keys = OFF");
      try {
        db.transaction(() => {
          db.exec(sql);
          if (keysOff && (db.pragma("foreign_key_check") as unknown[]).length > 0) throw new Error(`${name}: leaves rows whose foreign keys point nowhere`);
          db.prepare(`INSERT INTO "_AtlasMigration" ("name", "appliedAt") VALUES (?, ?)`).run(name, new Date().toISOString());
        })();
      } finally {
        if (keysOff) db.pragma("foreign_keys = ON");
      }
    }
    return pending;
  } finally {
    db.close();
  }
}

/**
 * Empties the database in place, for `seed --reset`: a server reading it keeps the same file and sees
 * the emptied schema at its next query (deleting the file left a running server on the deleted file
 * and its -wal and -shm). Every table, view and trigger goes in one transaction; a file that is not
 * a database any more is cut to nothing, which SQLite reads as an empty database.
 */
export function emptyDatabase(file: string): void {
  if (!existsSync(file)) return;
  const db = new Sqlite(file);
  try {
    db.pragma("foreign_keys = OFF"); // dropping a table would otherwise delete its rows one by one first
    const objects = db.prepare(`SELECT "type", "name", "sql" FROM sqlite_master WHERE "name" NOT LIKE 'sqlite\\_%' ESCAPE '\\'`).all() as { type: string; name: string; sql: string | null }[];
    // A full-text index drops its own shadow tables, so virtual tables go first.
    const virtualFirst = objects.filter((o) => o.type === "table").sort((a, b) => Number(isVirtual(b)) - Number(isVirtual(a)));
    db.transaction(() => {
      for (const o of objects.filter((o) => o.type === "trigger" || o.type === "view")) db.exec(`DROP ${o.type.toUpperCase()} IF EXISTS "${o.name}"`);
      for (const o of virtualFirst) db.exec(`DROP TABLE IF EXISTS "${o.name}"`);
    })();
    db.exec("VACUUM");
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code !== "SQLITE_NOTADB" && code !== "SQLITE_CORRUPT") throw error;
    db.close();
    for (const suffix of ["", "-wal"]) if (existsSync(file + suffix)) truncateSync(file + suffix, 0);
  } finally {
    if (db.open) db.close();
  }
}

const isVirtual = (o: { sql: string | null }) => /^CREATE VIRTUAL TABLE/i.test(o.sql ?? "");
