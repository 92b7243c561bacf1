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
    throw new Error(`DATABASE_URL must be a SQLite "file:" URL, got "${url}"`);
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
