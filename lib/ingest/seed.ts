import type { Database } from "@/lib/db/client";
import { databaseFailure } from "@/lib/db/failure";
import { isFullLoadBatch, loadArticles, type ArticleAbout, type ArticleToLoad, type LoadOutcome } from "@/lib/db/load";
import { staleDerivedTables } from "@/lib/db/derived";
import { rebuildEchoes, type EchoRebuildSummary } from "@/lib/db/echoes";
import { loadKnowledge } from "@/lib/knowledge";
import { refreshStatementTally } from "@/lib/db/tally";
import type { TaggedArticle } from "@/lib/tagger/types";
import { ArticleFileError, CORPUS_EXTENSIONS, readArticleFile } from "./article-file";
import type { ArticleMetadata } from "./article-metadata";
import { readCorpusFile } from "./corpus-file";
import { readableName } from "./file-name";
import { inferOutlet, loadOutlets, type Outlet } from "./outlet";
import { rebuildStories, type StoriesSummary } from "@/lib/db/stories";
import path from "node:path";
import { checkCancelled } from "@/lib/cancellation";

/** Tags one article; `published` is the publication date its metadata gives, when it gives one. */
export type TagFunction = (raw: string, fileName: string, published?: string | null) => TaggedArticle;

export interface FileFailure {
  file: string;
  reason: string;
}

export interface SeedSummary {
  read: number;
  loaded: number;
  replaced: number;
  skipped: number;
  /** Files that cannot be loaded, each for a reason of its own. */
  failed: FileFailure[];
  statementsLoaded: number;
  /** Why the load ended before the last file (the database failed, or the seed was asked to stop); null when it went through. */
  stoppedBy: string | null;
  /** The files the load did not reach or did not finish because it stopped; a re-run loads them. */
  notLoaded: string[];
}

export type FileResult = { file: string; outcome: LoadOutcome; statements: number } | { file: string; outcome: "failed"; reason: string };

/** A file read and tagged, waiting for its batch to load, or one that failed on the way. */
type Pending = { file: string; article: ArticleToLoad } | { file: string; outcome: "failed"; reason: string };

/**
 * Reads, tags and loads the files, a batch of articles a transaction (isFullLoadBatch). A file that cannot be
 * read, tagged or loaded is recorded with its reason and the others go on: a batch that fails is
 * loaded again one article at a time, so only the bad article is lost. The load stops early when the
 * database itself fails (databaseFailure: a full disk, say) or `stop` is aborted (checked between files,
 * so a transaction is never cut short); the files it did not load are listed in `notLoaded`.
 */
export async function seedArticles(
  db: Database,
  files: string[],
  tag: TagFunction,
  onFileDone: (result: FileResult) => void = () => {},
  stop?: AbortSignal,
  outlets: readonly Outlet[] = loadOutlets(),
): Promise<SeedSummary> {
  const summary: SeedSummary = { read: 0, loaded: 0, replaced: 0, skipped: 0, failed: [], statementsLoaded: 0, stoppedBy: null, notLoaded: [] };
  // Files are named to people, and in the summary, with any byte of a name that is not UTF-8 as \xNN.
  const record = (named: FileResult) => {
    const result = { ...named, file: readableName(named.file) };
    if (result.outcome === "failed") summary.failed.push({ file: result.file, reason: result.reason });
    else {
      summary[result.outcome]++;
      summary.statementsLoaded += result.statements;
    }
    onFileDone(result);
  };
  const notLoaded = (names: string[]) => summary.notLoaded.push(...names.map(readableName));
  let pending: Pending[] = [];
  let batch: ArticleToLoad[] = [];
  const flush = async () => {
    const loaded = await loadPending(db, pending, batch);
    for (const result of loaded.results) record(result);
    summary.stoppedBy = loaded.stoppedBy;
    notLoaded(loaded.notLoaded);
    pending = [];
    batch = [];
  };
  for (const [index, file] of files.entries()) {
    try {
      await checkCancelled(stop);
    } catch (error) {
      for (const p of pending) if (!("article" in p)) record(p);
      notLoaded([...pending.filter((p) => "article" in p).map((p) => p.file), ...files.slice(index)]);
      summary.stoppedBy = reasonOf(error);
      return summary;
    }
    const read = readAndTag(file, tag, outlets);
    summary.read += read.filter((next) => "article" in next).length;
    for (const [position, next] of read.entries()) {
      if ("article" in next) {
        const { sourceFile } = next.article;
        // The same file reached twice (a link, another spelling of its path): its versions load one at a time.
        if (batch.some((a) => a.sourceFile === sourceFile)) await flush();
        if (summary.stoppedBy) {
          notLoaded([...read.slice(position).map((p) => p.file), ...files.slice(index + 1)]);
          return summary;
        }
        batch.push(next.article);
      }
      pending.push(next);
      if (isFullLoadBatch(batch)) await flush();
      if (summary.stoppedBy) {
        notLoaded([...read.slice(position + 1).map((p) => p.file), ...files.slice(index + 1)]);
        return summary;
      }
    }
  }
  await flush();
  return summary;
}

export interface DerivedRebuild {
  stories: StoriesSummary | null;
  tally: boolean;
  echoes: EchoRebuildSummary | null;
}

/**
 * Rebuilds the tables derived from the articles (the stories, the tally, clauses and echoes) that are not known to
 * be complete for the articles loaded now: after a load, and after a seed killed before it rebuilt them.
 * Echo weights depend on the whole corpus, so any change rebuilds them all. Stopped by `stop`, what is
 * not rebuilt yet stays marked stale for the next seed.
 */
export async function completeDerivedTables(db: Database, stop?: AbortSignal): Promise<DerivedRebuild> {
  const stale = await staleDerivedTables(db);
  await checkCancelled(stop);
  const stories = stale.includes("stories") ? await rebuildStories(db) : null;
  // The tally counts each story once: new stories mean new counts, whatever the version says.
  const tally = stale.includes("tally") || stories !== null;
  await checkCancelled(stop);
  if (tally) await refreshStatementTally(db);
  return { stories, tally, echoes: stale.includes("echoes") ? await rebuildEchoes(db, { centralLeaders: centralLeaderPosts() }, stop) : null };
}

/** Who held which central office when: 总理 in a cite is a person on the statement's date. */
function centralLeaderPosts() {
  return loadKnowledge().leaders.filter((p) => p.level === "central");
}


/**
 * Loads the batch (the articles among the pending files) in one transaction; results in file order.
 * After a failure of the database no other transaction is started: Prisma's SQLite adapter never
 * releases its transaction lock after a failed COMMIT, so the next one would wait forever.
 */
async function loadPending(db: Database, pending: Pending[], toLoad: ArticleToLoad[]): Promise<{ results: FileResult[]; stoppedBy: string | null; notLoaded: string[] }> {
  let stoppedBy: string | null = null;
  let outcomes: (LoadOutcome | { reason: string } | null)[];
  try {
    outcomes = await loadArticles(db, toLoad);
  } catch (error) {
    stoppedBy = databaseFailure(error);
    outcomes = [];
    for (const article of toLoad) {
      if (stoppedBy) {
        outcomes.push(null);
        continue;
      }
      try {
        outcomes.push((await loadArticles(db, [article]))[0]);
      } catch (articleError) {
        stoppedBy = databaseFailure(articleError);
        outcomes.push(stoppedBy ? null : { reason: reasonOf(articleError) });
      }
    }
  }
  let next = 0;
  const results: FileResult[] = [];
  const notLoaded: string[] = [];
  for (const p of pending) {
    if (!("article" in p)) {
      results.push(p);
      continue;
    }
    const outcome = outcomes[next++];
    if (outcome === null) notLoaded.push(p.file);
    else if (typeof outcome === "object") results.push({ file: p.file, outcome: "failed", reason: outcome.reason });
    else results.push({ file: p.file, outcome, statements: outcome === "skipped" ? 0 : p.article.tagged.statements.length });
  }
  return { results, stoppedBy, notLoaded };
}

/**
 * The articles of one file, read and tagged, or why they cannot be: an article file gives one, a
 * corpus file one per record, each named `file:line`, so a bad record leaves the others.
 */
function readAndTag(file: string, tag: TagFunction, outlets: readonly Outlet[]): Pending[] {
  try {
    if (!CORPUS_EXTENSIONS.includes(path.extname(file).toLowerCase())) {
      const article = readArticleFile(file);
      return [{ file, article: articleToLoad(article.realPath, article.raw, article.contentHash, article.metadata, tag, readableName(file), outlets) }];
    }
    const corpus = readCorpusFile(file);
    const named = (line: number) => `${file}:${line}`;
    const results: (Pending & { line: number })[] = corpus.problems.map((p) => ({ line: p.line, file: named(p.line), outcome: "failed" as const, reason: p.reason }));
    for (const r of corpus.records) {
      const name = named(r.line);
      try {
        results.push({ line: r.line, file: name, article: articleToLoad(`${corpus.realPath}#${r.key}`, r.raw, r.contentHash, r.metadata, tag, readableName(name), outlets) });
      } catch (error) {
        results.push({ line: r.line, file: name, outcome: "failed", reason: reasonOf(error) });
      }
    }
    return results.sort((a, b) => a.line - b.line);
  } catch (error) {
    return [{ file, outcome: "failed", reason: reasonOf(error) }];
  }
}

function articleToLoad(sourceFile: string, raw: string, contentHash: string, metadata: ArticleMetadata, tag: TagFunction, name: string, outlets: readonly Outlet[]): ArticleToLoad {
  const tagged = tagOrExplain(tag, raw, name, metadata.date ?? null);
  return { sourceFile, contentHash, content: raw, tagged, about: articleAbout(metadata, tagged, raw, outlets) };
}

/** What the file says of its article, and for what it does not say, what the text says, marked as read from it. */
export function articleAbout(metadata: ArticleMetadata, tagged: Pick<TaggedArticle, "title" | "date">, raw: string, outlets: readonly Outlet[]): ArticleAbout {
  const inferred = metadata.source ? null : inferOutlet(raw, outlets);
  return {
    title: metadata.title ?? tagged.title,
    date: metadata.date ?? tagged.date,
    dateInferred: !metadata.date && tagged.date !== null,
    outlet: metadata.source ?? inferred?.outlet ?? null,
    outletEvidence: inferred?.evidence ?? null,
    url: metadata.url ?? null,
    author: metadata.author ?? null,
  };
}

function reasonOf(error: unknown): string {
  return error instanceof ArticleFileError ? error.reason : String((error as Error).message ?? error);
}

function tagOrExplain(tag: TagFunction, raw: string, file: string, published: string | null): TaggedArticle {
  try {
    return tag(raw, file, published);
  } catch (error) {
    throw new ArticleFileError(file, `tagging failed: ${(error as Error).message}`);
  }
}
