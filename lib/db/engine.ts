// What the seed does to a database before it loads, on either engine: create or update the schema,
// and empty it for --reset.
import type { DatabaseTarget } from "./location";
import { emptyDatabase, migrateDatabase } from "./migrate";
import { emptyPostgres, migratePostgres } from "./postgres/migrate";

/** Applies the migrations not yet applied (prisma/migrations or prisma/postgres/migrations); returns their names. */
export async function migrateTarget(target: DatabaseTarget): Promise<string[]> {
  return target.engine === "postgres" ? migratePostgres(target.url) : migrateDatabase(target.file);
}

/** Empties the database in place: every table, its rows and the search indexes. */
export async function emptyTarget(target: DatabaseTarget): Promise<void> {
  if (target.engine === "postgres") await emptyPostgres(target.url);
  else emptyDatabase(target.file);
}
