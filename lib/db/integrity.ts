// Health checks of a database file after a crash or a load: SQLite's own checks, read-only.
import Sqlite from "better-sqlite3";

/** Problems SQLite finds in the file (page structure, indexes, foreign keys); empty when sound. */
export function databaseProblems(file: string): string[] {
  const db = new Sqlite(file, { readonly: true, fileMustExist: true });
  try {
    const integrity = db.pragma("integrity_check", { simple: false }) as { integrity_check: string }[];
    const problems = integrity.map((row) => row.integrity_check).filter((message) => message !== "ok");
    const orphans = db.pragma("foreign_key_check") as { table: string; rowid: number; parent: string }[];
    for (const o of orphans) problems.push(`${o.table} row ${o.rowid} points to a missing ${o.parent}`);
    return problems;
  } finally {
    db.close();
  }
}
