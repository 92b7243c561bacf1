import { createHash } from "node:crypto";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { insertArticlesRaw } from "@/lib/db/bulk-insert";
import { createDatabase, type Database } from "@/lib/db/client";
import { emptyTarget, migrateTarget } from "@/lib/db/engine";
import { syncReferenceData, type ArticleToLoad } from "@/lib/db/load";
import { insertArticlesBulk } from "@/lib/db/postgres/bulk-insert";
import { migrateDatabase } from "@/lib/db/migrate";
import { refreshStatementTally } from "@/lib/db/tally";
import { referenceDataFrom } from "@/lib/ingest/reference-data";
import type { Knowledge } from "@/lib/knowledge";

/** Bumped when the rows built change, so a stale database is rebuilt. */
const QUERY_DATABASE_VERSION = 7;

/** Copies of the tagged articles, each a distinct file with its own hash, until `statements` are reached. */
function* replicas(articles: ArticleToLoad[], statements: number): Generator<ArticleToLoad> {
  let total = 0;
  for (let copy = 0; total < statements; copy++) {
    for (const a of articles) {
      yield { ...a, sourceFile: `copy-${copy}/${a.sourceFile}`, contentHash: createHash("sha256").update(`${copy}:${a.contentHash}`).digest("hex") };
      total += a.tagged.statements.length;
      if (total >= statements) return;
    }
  }
}

/**
 * A database of at least `statements` statements built from tagged articles with raw inserts,
 * kept between runs while the migrations and the target are unchanged.
 */
export async function ensureQueryDatabase(file: string, knowledge: Knowledge, tagged: () => ArticleToLoad[], statements: number): Promise<{ built: boolean; statements: number }> {
  const markerFile = `${file}.json`;
  const marker = existsSync(markerFile) ? (JSON.parse(readFileSync(markerFile, "utf8")) as { statements: number; target: number; version: number }) : null;
  if (marker && marker.target === statements && marker.version === QUERY_DATABASE_VERSION && existsSync(file)) {
    migrateDatabase(file);
    return { built: false, statements: marker.statements };
  }
  for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
  migrateDatabase(file);
  const db = createDatabase({ file });
  try {
    await syncReferenceData(db, referenceDataFrom(knowledge));
  } finally {
    await db.$disconnect();
  }
  const inserted = insertArticlesRaw(file, replicas(tagged(), statements));
  const writer = createDatabase({ file });
  try {
    await refreshStatementTally(writer);
  } finally {
    await writer.$disconnect();
  }
  writeFileSync(markerFile, JSON.stringify({ statements: inserted, target: statements, version: QUERY_DATABASE_VERSION }));
  return { built: true, statements: inserted };
}

/**
 * The same database on PostgreSQL (`url`), built by the bulk insert (multi-row inserts, indexes built
 * after the load); kept between runs while its marker file agrees.
 */
export async function ensurePostgresQueryDatabase(url: string, knowledge: Knowledge, tagged: () => ArticleToLoad[], statements: number): Promise<{ built: boolean; statements: number; seconds: number }> {
  const target = { engine: "postgres" as const, url, readOnly: false as const };
  const markerFile = `bench/query-${statements}.postgres.json`;
  const marker = existsSync(markerFile) ? (JSON.parse(readFileSync(markerFile, "utf8")) as { url: string; statements: number; version: number }) : null;
  let db: Database | null = null;
  try {
    if (marker && marker.url === url && marker.version === QUERY_DATABASE_VERSION) {
      await migrateTarget(target);
      db = createDatabase({ target });
      if ((await db.statement.count()) === marker.statements) return { built: false, statements: marker.statements, seconds: 0 };
      await db.$disconnect();
    }
    await emptyTarget(target);
    await migrateTarget(target);
    db = createDatabase({ target });
    await syncReferenceData(db, referenceDataFrom(knowledge));
    const started = performance.now();
    const inserted = await insertArticlesBulk(url, replicas(tagged(), statements));
    const seconds = (performance.now() - started) / 1000;
    await refreshStatementTally(db);
    await db.$executeRawUnsafe("ANALYZE");
    writeFileSync(markerFile, JSON.stringify({ url, statements: inserted, version: QUERY_DATABASE_VERSION }));
    return { built: true, statements: inserted, seconds };
  } finally {
    await db?.$disconnect();
  }
}
