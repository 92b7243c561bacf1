// Tells an error of the database itself (a full disk, an I/O error, a damaged file, a lock) from an
// error one article's rows caused (a constraint): the first ends a seed, the second loses one article.
import { postgresFailure } from "./postgres/failure";

/** SQLite result codes an article's own rows can cause; every other SQLite error is the database's. */
const ARTICLE_CODES = /^SQLITE_(CONSTRAINT|TOOBIG|MISMATCH)/;

const HINTS: [RegExp, string][] = [
  [/^SQLITE_FULL/, "the disk holding the database is full"],
  [/^SQLITE_IOERR/, "the disk could not be read or written"],
  [/^SQLITE_(CORRUPT|NOTADB)/, "the database file is damaged"],
  [/^SQLITE_(READONLY|PERM|CANTOPEN)/, "the database cannot be written"],
  [/^SQLITE_(BUSY|LOCKED)/, "another process holds the database"],
];

/** The SQLite result code behind an error, as better-sqlite3 names it, whether or not Prisma wrapped it. */
export function sqliteCode(error: unknown): string | null {
  const e = error as { code?: unknown; meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } }; message?: unknown } | null;
  if (typeof e?.code === "string" && e.code.startsWith("SQLITE_")) return e.code;
  const original = e?.meta?.driverAdapterError?.cause?.originalCode;
  if (typeof original === "string" && original.startsWith("SQLITE_")) return original;
  return typeof e?.message === "string" ? (/\b(SQLITE_[A-Z_]+)\b/.exec(e.message)?.[1] ?? null) : null;
}

/** What failed, in a sentence, when the error is the database's (SQLite's or PostgreSQL's); null when it is an article's or neither's. */
export function databaseFailure(error: unknown): string | null {
  const code = sqliteCode(error);
  if (code === null) return postgresFailure(error);
  if (ARTICLE_CODES.test(code)) return null;
  const hint = HINTS.find(([pattern]) => pattern.test(code))?.[1];
  const message = error instanceof Error ? error.message : String(error);
  return `${hint ? `${hint} (${code}: ${message})` : `${code}: ${message}`}`;
}
