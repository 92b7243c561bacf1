import type { Database } from "@/lib/db/client";
import { databaseFailure } from "@/lib/db/failure";
import { isFullLoadBatch, loadArticles, type ArticleToLoad, type LoadOutcome } from "@/lib/db/load";
import { staleDerivedTables } from "@/lib/db/derived";
import { rebuildEchoes, type EchoRebuildSummary } from "@/lib/db/echoes";
import { refreshStatementTally } from "@/lib/db/tally";
import type { TaggedArticle } from "@/lib/tagger/types";
import { ArticleFileError, readArticleFile } from "./article-file";

export type TagFunction = (raw: string, fileName: string) => TaggedArticle;

export interface FileFailure {
  file: string;
  reason: string;
}

export interface SeedSummary {
  read: number;
  loaded: number;
  replaced: number;
  skipped: number;
  failed: FileFailure[];
  statementsLoaded: number;
  /** Why the load stopped before the last file: the database failed. The files it did not load are in `failed`. */
  stoppedBy: string | null;
}

export type FileResult = { file: string; outcome: LoadOutcome; statements: number } | { file: string; outcome: "failed"; reason: string };

/** A file read and tagged, waiting for its batch to load, or one that failed on the way. */
type Pending = { file: string; article: ArticleToLoad } | { file: string; outcome: "failed"; reason: string };

/**
 * Reads, tags and loads the files, a batch of articles a transaction (isFullLoadBatch). A file that cannot be
 * read, tagged or loaded is recorded with its reason and the others go on: a batch that fails is
 * loaded again one article at a time, so only the bad article is lost. When the database itself fails
 * (databaseFailure: a full disk, say) the load stops there, and every file not loaded is recorded with the cause.
 */
export async function seedArticles(
  db: Database,
  files: string[],
  tag: TagFunction,
  onFileDone: (result: FileResult) => void = () => {},
): Promise<SeedSummary> {
  const summary: SeedSummary = { read: 0, loaded: 0, replaced: 0, skipped: 0, failed: [], statementsLoaded: 0, stoppedBy: null };
  const record = (result: FileResult) => {
    if (result.outcome === "failed") summary.failed.push({ file: result.file, reason: result.reason });
    else {
      summary[result.outcome]++;
      summary.statementsLoaded += result.statements;
    }
    onFileDone(result);
  };
  let pending: Pending[] = [];
  let batch: ArticleToLoad[] = [];
  const flush = async () => {
    const loaded = await loadPending(db, pending, batch);
    for (const result of loaded.results) record(result);
    summary.stoppedBy = loaded.stoppedBy;
    pending = [];
    batch = [];
  };
  for (const [index, file] of files.entries()) {
    try {
      const article = readArticleFile(file);
      summary.read++;
      const tagged = tagOrExplain(tag, article.raw, file);
      const toLoad = { sourceFile: file, contentHash: article.contentHash, content: article.raw, tagged };
      pending.push({ file, article: toLoad });
      batch.push(toLoad);
    } catch (error) {
      pending.push({ file, outcome: "failed", reason: reasonOf(error) });
    }
    if (isFullLoadBatch(batch)) await flush();
    if (summary.stoppedBy) {
      for (const rest of files.slice(index + 1)) record({ file: rest, outcome: "failed", reason: notLoaded(summary.stoppedBy) });
      return summary;
    }
  }
  await flush();
  return summary;
}

export interface DerivedRebuild {
  tally: boolean;
  echoes: EchoRebuildSummary | null;
}

/**
 * Rebuilds the tables derived from the articles (the tally, clauses and echoes) that are not known to
 * be complete for the articles loaded now: after a load, and after a seed killed before it rebuilt them.
 * Echo weights depend on the whole corpus, so any change rebuilds them all.
 */
export async function completeDerivedTables(db: Database): Promise<DerivedRebuild> {
  const stale = await staleDerivedTables(db);
  if (stale.includes("tally")) await refreshStatementTally(db);
  return { tally: stale.includes("tally"), echoes: stale.includes("echoes") ? await rebuildEchoes(db) : null };
}

const notLoaded = (cause: string) => `not loaded: the load stopped because ${cause}`;

/**
 * Loads the batch (the articles among the pending files) in one transaction; results in file order.
 * After a failure of the database no other transaction is started: Prisma's SQLite adapter never
 * releases its transaction lock after a failed COMMIT, so the next one would wait forever.
 */
async function loadPending(db: Database, pending: Pending[], toLoad: ArticleToLoad[]): Promise<{ results: FileResult[]; stoppedBy: string | null }> {
  let stoppedBy: string | null = null;
  let outcomes: (LoadOutcome | { reason: string })[];
  try {
    outcomes = await loadArticles(db, toLoad);
  } catch (error) {
    stoppedBy = databaseFailure(error);
    outcomes = [];
    for (const article of toLoad) {
      if (stoppedBy) {
        outcomes.push({ reason: notLoaded(stoppedBy) });
        continue;
      }
      try {
        outcomes.push((await loadArticles(db, [article]))[0]);
      } catch (articleError) {
        stoppedBy = databaseFailure(articleError);
        outcomes.push({ reason: stoppedBy ? notLoaded(stoppedBy) : reasonOf(articleError) });
      }
    }
  }
  let next = 0;
  const results = pending.map((p): FileResult => {
    if (!("article" in p)) return p;
    const outcome = outcomes[next++];
    if (typeof outcome === "object") return { file: p.file, outcome: "failed", reason: outcome.reason };
    return { file: p.file, outcome, statements: outcome === "skipped" ? 0 : p.article.tagged.statements.length };
  });
  return { results, stoppedBy };
}

function reasonOf(error: unknown): string {
  return error instanceof ArticleFileError ? error.reason : String((error as Error).message ?? error);
}

function tagOrExplain(tag: TagFunction, raw: string, file: string): TaggedArticle {
  try {
    return tag(raw, file);
  } catch (error) {
    throw new ArticleFileError(file, `tagging failed: ${(error as Error).message}`);
  }
}
