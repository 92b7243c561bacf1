import path from "node:path";

export const DEFAULT_DATABASE_URL = "file:./data/atlas.db";

/**
 * The SQLite file the app and the seed use: DATABASE_URL ("file:PATH", relative to the
 * repository root) or data/atlas.db.
 */
export function databaseFilePath(env: NodeJS.ProcessEnv = process.env, root = process.cwd()): string {
  const url = env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
  if (!url.startsWith("file:")) {
    throw new Error(`DATABASE_URL must be a SQLite "file:" URL, got "${url}"`);
  }
  return path.resolve(root, url.slice("file:".length));
}
