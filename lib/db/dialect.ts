// What the engines write differently, behind one interface: a query is written once with these
// pieces, or (search) once per engine and chosen by runQuery. Each engine's side lives in one
// place: lib/db/sqlite/dialect.ts and lib/db/postgres/dialect.ts.
import type { Prisma } from "@/lib/generated/prisma/client";
import { engineOf, type Database, type Engine } from "./client";
import { postgresDialect } from "./postgres/dialect";
import { sqliteDialect } from "./sqlite/dialect";

export type ColumnType = "integer" | "text" | "real" | "boolean";

export interface Dialect {
  /**
   * The rows as a table for INSERT … SELECT (alias it), sent as one parameter: a column per entry
   * of `columns`, of that type, and "key", the rows' order.
   */
  rowSource(rows: readonly object[], columns: Record<string, ColumnType>): Prisma.Sql;
  /** The time now, as Prisma reads a DateTime column back. */
  now(): Prisma.Sql;
  /** An integer column as 12-digit zero-padded text, so that the largest sorts last. */
  paddedId(column: string): string;
  /** An ORDER BY term for a nullable column with NULLs first ascending and last descending, as SQLite sorts them. */
  nullableOrder(column: string, direction: "ASC" | "DESC"): string;
  /** Inserts the bigram index's rows (lib/db/bigrams.ts) from a row source with "id" and "grams". */
  insertBigrams(source: Prisma.Sql): Prisma.Sql;
  /** For a statement aliased s: its themes as JSON text, [[id, nameZh, nameEn], …] by id ("[]" for none). */
  statementThemesJson: Prisma.Sql;
  /** For an article aliased a: the other papers that carried its story as JSON text, [[outlet or title, url], …] by id ("[]" for none). */
  reprintsJson: Prisma.Sql;
  /** A test that a text column holds a calendar day's form, YYYY-MM-DD. */
  isDay(column: string): string;
  /** Runs one of the APIs' hot reads. */
  readRows<T>(db: Database, sql: Prisma.Sql): Promise<T[]>;
}

const DIALECTS: Record<Engine, Dialect> = { sqlite: sqliteDialect, postgres: postgresDialect };

export function dialectOf(db: Database): Dialect {
  return DIALECTS[engineOf(db)];
}

/** Runs the implementation of a query for the engine `db` talks to. */
export function runQuery<T>(db: Database, implementations: Record<Engine, () => Promise<T>>): Promise<T> {
  return implementations[engineOf(db)]();
}
