import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { databaseFilePath } from "./location";
import { readableDatabaseFile } from "./read-only-volume";

export type Database = PrismaClient;

export function createDatabase(options: { readonly?: boolean; file?: string } = {}): Database {
  const file = options.file ?? databaseFilePath();
  const adapter = new PrismaBetterSQLite3({
    url: options.readonly ? readableDatabaseFile(file) : file,
    readonly: options.readonly ?? false,
    fileMustExist: options.readonly ?? false,
  });
  return new PrismaClient({ adapter });
}

const cache = globalThis as unknown as { atlasReadDatabase?: Database };

/** The app's connection: read-only, one per process (cached across dev-server reloads). */
export function readDatabase(): Database {
  cache.atlasReadDatabase ??= createDatabase({ readonly: true });
  return cache.atlasReadDatabase;
}
