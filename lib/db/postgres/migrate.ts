// Creates or updates the PostgreSQL schema from prisma/postgres/migrations, so the seed needs no CLI,
// and empties a database for `seed --reset`.
import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { pendingMigrations } from "../migration-files";

export const POSTGRES_MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "postgres", "migrations");

async function withConnection<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Why the database cannot serve the atlas, or null: text must sort in byte order (C collation) as on
 * SQLite, and the locale must cut Chinese characters into trigrams (C.UTF-8 takes them for word
 * characters). `chineseTrigrams` is null before pg_trgm is installed.
 */
export function localeProblem(collate: string, chineseTrigrams: number | null): string | null {
  const fix = "create the database with: createdb --template=template0 --locale=C.UTF-8 NAME";
  if (!/^(C|POSIX|C\.UTF-?8)$/i.test(collate)) return `the PostgreSQL database sorts text by "${collate}", not in byte order as the atlas needs; ${fix}`;
  if (chineseTrigrams === 0) return `the PostgreSQL database's locale does not index Chinese text with pg_trgm; ${fix}`;
  return null;
}

async function checkLocale(client: pg.Client): Promise<void> {
  const { rows } = await client.query<{ collate: string; trigrams: boolean }>(
    `SELECT "datcollate" AS "collate", EXISTS (SELECT 1 FROM pg_extension WHERE "extname" = 'pg_trgm') AS "trigrams" FROM pg_database WHERE "datname" = current_database()`,
  );
  const [{ collate, trigrams }] = rows;
  const cut = trigrams ? (await client.query<{ trigrams: number }>(`SELECT cardinality(show_trgm('监测预警')) AS "trigrams"`)).rows[0].trigrams : null;
  const problem = localeProblem(collate, cut);
  if (problem) throw new Error(problem);
}

/** Applies every migration not yet applied, each in its own transaction; returns their names. */
export async function migratePostgres(url: string, migrationsDir = POSTGRES_MIGRATIONS_DIR): Promise<string[]> {
  return withConnection(url, async (client) => {
    await checkLocale(client);
    await client.query(`CREATE TABLE IF NOT EXISTS "_AtlasMigration" ("name" TEXT NOT NULL PRIMARY KEY, "appliedAt" TEXT NOT NULL)`);
    const applied = new Set((await client.query<{ name: string }>(`SELECT "name" FROM "_AtlasMigration"`)).rows.map((r) => r.name));
    const pending = pendingMigrations(migrationsDir, applied);
    for (const name of pending) {
      const sql = readFileSync(path.join(migrationsDir, name, "migration.sql"), "utf8");
      await client.query("BEGIN");
      try {
        await client.query(sql);
        await client.query(`INSERT INTO "_AtlasMigration" ("name", "appliedAt") VALUES ($1, $2)`, [name, new Date().toISOString()]);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw new Error(`prisma/postgres/migrations/${name}: ${(error as Error).message}`, { cause: error });
      }
    }
    await checkLocale(client);
    return pending;
  });
}

/** Empties the database's schema (every table and function of its own, not the extensions'), in one transaction. */
export async function emptyPostgres(url: string): Promise<void> {
  await withConnection(url, async (client) => {
    await client.query(`DO $$
      DECLARE r record;
      BEGIN
        FOR r IN SELECT "tablename" FROM pg_tables WHERE "schemaname" = current_schema() LOOP
          EXECUTE format('DROP TABLE IF EXISTS %I CASCADE', r."tablename");
        END LOOP;
        FOR r IN SELECT p.oid::regprocedure AS "fn" FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
            WHERE n.nspname = current_schema() AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e') LOOP
          EXECUTE format('DROP FUNCTION IF EXISTS %s CASCADE', r."fn");
        END LOOP;
      END $$`);
  });
}
