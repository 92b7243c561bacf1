import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import Sqlite from "better-sqlite3";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@/lib/generated/prisma-postgres/client";
import { databaseTarget, type DatabaseTarget } from "./location";
import { readableDatabaseFile } from "./read-only-volume";

/**
 * A Prisma client on either engine. Both generated clients come from one schema and have the same
 * model API; the SQLite client's types stand for both.
 */
export type Database = PrismaClient;

export type Engine = DatabaseTarget["engine"];

/**
 * A connection to `file`, to `target`, or to DATABASE_URL's database; read-only when asked or when
 * DATABASE_URL says mode=ro.
 */
export function createDatabase(options: { readonly?: boolean; file?: string; target?: DatabaseTarget } = {}): Database {
  const target: DatabaseTarget = options.file ? { engine: "sqlite", file: options.file, readOnly: false } : (options.target ?? databaseTarget());
  const readonly = (options.readonly ?? false) || target.readOnly;
  if (target.engine === "postgres") {
    // Read-only is the server's to enforce: every transaction of the app's connections is read-only.
    const adapter = new PrismaPg({ connectionString: target.url, options: readonly ? "-c default_transaction_read_only=on" : undefined });
    const client = new PostgresPrismaClient({ adapter }) as unknown as ClientWithReader;
    client[ENGINE] = "postgres";
    return client;
  }
  const url = readonly ? readableDatabaseFile(target.file) : target.file;
  const client = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url, readonly, fileMustExist: readonly }) });
  (client as ClientWithReader)[FILE] = url;
  (client as ClientWithReader)[ENGINE] = "sqlite";
  return client;
}

// Kept on the client under registered symbols, not in this module: Next's bundle and the
// production server (scripts/serve-cluster.mjs) each load their own copy of this module and
// share the one read client cached on globalThis.
const FILE = Symbol.for("atlas.databaseFile");
const READER = Symbol.for("atlas.sqliteReader");
const ENGINE = Symbol.for("atlas.engine");
type ClientWithReader = Database & { [FILE]?: string; [READER]?: Sqlite.Database; [ENGINE]?: Engine };

/** The engine a client made by createDatabase talks to. */
export function engineOf(db: Database): Engine {
  return (db as ClientWithReader)[ENGINE] ?? "sqlite";
}

/**
 * A plain read-only better-sqlite3 connection to the file of `db`, one per client, for the hot
 * reads of the APIs: a Prisma query costs about 1–8 ms of its own, more than SQLite takes to
 * answer them on a small database.
 */
export function sqliteReader(db: Database): Sqlite.Database {
  const client = db as ClientWithReader;
  if (!client[READER]) {
    const file = client[FILE];
    if (!file) throw new Error("sqliteReader: this client was not made by createDatabase for a SQLite file");
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
