// Creates or updates the SQLite schema from prisma/migrations, so the seed needs no CLI.
// SQLite-specific (pragmas, better-sqlite3): it stays inside the data module.
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Sqlite from "better-sqlite3";
import { BIGRAMS_SQL_FUNCTION, statementBigrams } from "./bigrams";

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
    const pending = readdirSync(migrationsDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !applied.has(entry.name))
      .map((entry) => entry.name)
      .sort();
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
