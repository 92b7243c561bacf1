import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { databaseLocation } from "./location";
import { readableDatabaseFile } from "./read-only-volume";

export type Database = PrismaClient;

/** A connection to `file` or to DATABASE_URL's file; read-only when asked or when DATABASE_URL says mode=ro. */
export function createDatabase(options: { readonly?: boolean; file?: string } = {}): Database {
  const { file, readOnly } = options.file ? { file: options.file, readOnly: false } : databaseLocation();
  const readonly = (options.readonly ?? false) || readOnly;
  const adapter = new PrismaBetterSQLite3({ url: readonly ? readableDatabaseFile(file) : file, readonly, fileMustExist: readonly });
  return new PrismaClient({ adapter });
}

const cache = globalThis as unknown as { atlasReadDatabase?: Database };

/** The app's connection: read-only, one per process (cached across dev-server reloads). */
export function readDatabase(): Database {
  cache.atlasReadDatabase ??= createDatabase({ readonly: true });
  return cache.atlasReadDatabase;
}
