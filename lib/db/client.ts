import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import Sqlite from "better-sqlite3";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { databaseLocation } from "./location";
import { readableDatabaseFile } from "./read-only-volume";

export type Database = PrismaClient;

/** A connection to `file` or to DATABASE_URL's file; read-only when asked or when DATABASE_URL says mode=ro. */
export function createDatabase(options: { readonly?: boolean; file?: string } = {}): Database {
  const { file, readOnly } = options.file ? { file: options.file, readOnly: false } : databaseLocation();
  const readonly = (options.readonly ?? false) || readOnly;
  const url = readonly ? readableDatabaseFile(file) : file;
  const client = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url, readonly, fileMustExist: readonly }) });
  (client as ClientWithReader)[FILE] = url;
  return client;
}

// Kept on the client under registered symbols, not in this module: Next's bundle and the
// production server (scripts/serve-cluster.mjs) each load their own copy of this module and
// share the one read client cached on globalThis.
const FILE = Symbol.for("atlas.databaseFile");
const READER = Symbol.for("atlas.sqliteReader");
type ClientWithReader = Database & { [FILE]?: string; [READER]?: Sqlite.Database };

/**
 * A plain read-only better-sqlite3 connection to the file of `db`, one per client, for the hot
 * reads of the APIs: a Prisma query costs about 1–8 ms of its own, more than SQLite takes to
 * answer them on a small database.
 */
export function sqliteReader(db: Database): Sqlite.Database {
  const client = db as ClientWithReader;
  if (!client[READER]) {
    const file = client[FILE];
    if (!file) throw new Error("sqliteReader: this client was not made by createDatabase");
    client[READER] = new Sqlite(file, { readonly: true, fileMustExist: true });
  }
  return client[READER];
}

const cache = globalThis as unknown as { atlasReadDatabase?: Database };

/** The app's connection: read-only, one per process (cached across dev-server reloads). */
export function readDatabase(): Database {
  cache.atlasReadDatabase ??= createDatabase({ readonly: true });
  return cache.atlasReadDatabase;
}
