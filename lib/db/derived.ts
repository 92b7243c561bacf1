// Which tables derived from the articles are complete. Each rebuild records the corpus version it was
// built for in the transaction that writes its last row; triggers move the version on whenever an
// article is added or removed (prisma/migrations/0009_derived_tables). The search indexes are not
// here: they are written in each article's own transaction, so they are never behind.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Database } from "./client";

export type DerivedTableName = "stories" | "echoes" | "tally";
/** In the order they are rebuilt: the tally counts a story once, so it follows the stories. */
export const DERIVED_TABLES: readonly DerivedTableName[] = ["stories", "tally", "echoes"];

type Writer = Database | Prisma.TransactionClient;

/** The version of the set of articles loaded now. */
export async function corpusVersion(db: Writer): Promise<number> {
  return (await db.corpusVersion.findUniqueOrThrow({ where: { id: 1 } })).version;
}

/** Records that `name` is complete for corpus version `version`; call it in the rebuild's last transaction. */
export function markBuilt(tx: Writer, name: DerivedTableName, version: number) {
  return tx.derivedTable.upsert({ where: { name }, create: { name, builtFor: version }, update: { builtFor: version } });
}

/** The derived tables not known to be complete for the articles loaded now. */
export async function staleDerivedTables(db: Database): Promise<DerivedTableName[]> {
  const [version, built] = await Promise.all([corpusVersion(db), db.derivedTable.findMany()]);
  const builtFor = new Map(built.map((row) => [row.name, row.builtFor]));
  return DERIVED_TABLES.filter((name) => builtFor.get(name) !== version);
}
