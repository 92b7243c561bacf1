import path from "node:path";

export const DEFAULT_DATABASE_URL = "file:./data/atlas.db";

export interface DatabaseLocation {
  /** The SQLite file, absolute. */
  file: string;
  /** DATABASE_URL ends in ?mode=ro: nothing may write the file. */
  readOnly: boolean;
}

const MODES = ["ro", "rw", "rwc"];

/**
 * Where the database is: DATABASE_URL ("file:PATH", relative to the repository root, with an
 * optional SQLite-style ?mode=ro|rw|rwc) or data/atlas.db. Any other parameter is refused by name,
 * not taken as part of the file name.
 */
export function databaseLocation(env: Record<string, string | undefined> = process.env, root = process.cwd()): DatabaseLocation {
  const url = env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
  if (!url.startsWith("file:")) {
    throw new Error(`DATABASE_URL must be a SQLite "file:" URL or a PostgreSQL "postgresql://" URL, got "${redactedUrl(url)}"`);
  }
  const [filePart, query = ""] = url.slice("file:".length).split(/\?(.*)/s, 2);
  let readOnly = false;
  for (const [name, value] of new URLSearchParams(query)) {
    if (name !== "mode") throw new Error(`DATABASE_URL "${url}": unknown parameter "${name}" (the only one known is mode=ro, rw or rwc)`);
    if (!MODES.includes(value)) throw new Error(`DATABASE_URL "${url}": mode must be ro, rw or rwc, got "${value}"`);
    readOnly = value === "ro";
  }
  if (!filePart) throw new Error(`DATABASE_URL "${url}" names no file`);
  return { file: path.resolve(root, filePart), readOnly };
}

/** The SQLite file the seed writes; refuses a DATABASE_URL that asks for a read-only database. */
export function databaseFilePath(env: Record<string, string | undefined> = process.env, root = process.cwd()): string {
  const { file, readOnly } = databaseLocation(env, root);
  if (readOnly) throw new Error(`DATABASE_URL opens ${file} read-only (mode=ro): it cannot be written`);
  return file;
}

/** Where the database is, on either engine: a SQLite file, or a PostgreSQL database by its URL. */
export type DatabaseTarget = ({ engine: "sqlite" } & DatabaseLocation) | { engine: "postgres"; url: string; readOnly: false };

const POSTGRES_URL = /^postgres(ql)?:\/\//;

/** DATABASE_URL's engine and place: "postgresql://…" (or "postgres://…") is PostgreSQL, anything else is read as a SQLite file. */
export function databaseTarget(env: Record<string, string | undefined> = process.env, root = process.cwd()): DatabaseTarget {
  const url = env.DATABASE_URL?.trim() ?? "";
  if (POSTGRES_URL.test(url)) return { engine: "postgres", url, readOnly: false };
  return { engine: "sqlite", ...databaseLocation(env, root) };
}

/** The target as people may see it: a file's path, or a URL without its password. */
export function targetName(target: DatabaseTarget): string {
  return target.engine === "sqlite" ? target.file : redactedUrl(target.url);
}

function redactedUrl(url: string): string {
  return url.replace(/^([a-z]+:\/\/[^:/@]*):[^@/]*@/i, "$1:***@");
}
