import type { Database } from "@/lib/db/client";
import { loadArticle, type LoadOutcome } from "@/lib/db/load";
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
}

export type FileResult = { file: string; outcome: LoadOutcome; statements: number } | { file: string; outcome: "failed"; reason: string };

/**
 * Reads, tags and loads each file in turn. A file that cannot be read, tagged or loaded is
 * recorded with its reason and the others go on.
 */
export async function seedArticles(
  db: Database,
  files: string[],
  tag: TagFunction,
  onFileDone: (result: FileResult) => void = () => {},
): Promise<SeedSummary> {
  const summary: SeedSummary = { read: 0, loaded: 0, replaced: 0, skipped: 0, failed: [], statementsLoaded: 0 };
  for (const file of files) {
    let result: FileResult;
    try {
      const article = readArticleFile(file);
      summary.read++;
      const tagged = tagOrExplain(tag, article.raw, file);
      const outcome = await loadArticle(db, { sourceFile: file, contentHash: article.contentHash, content: article.raw, tagged });
      result = { file, outcome, statements: outcome === "skipped" ? 0 : tagged.statements.length };
    } catch (error) {
      result = { file, outcome: "failed", reason: error instanceof ArticleFileError ? error.reason : String((error as Error).message ?? error) };
    }
    if (result.outcome === "failed") summary.failed.push({ file, reason: result.reason });
    else {
      summary[result.outcome]++;
      summary.statementsLoaded += result.statements;
    }
    onFileDone(result);
  }
  await refreshStatementTally(db);
  return summary;
}

function tagOrExplain(tag: TagFunction, raw: string, file: string): TaggedArticle {
  try {
    return tag(raw, file);
  } catch (error) {
    throw new ArticleFileError(file, `tagging failed: ${(error as Error).message}`);
  }
}
