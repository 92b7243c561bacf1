// The directive clauses of article files, tagged in memory: for the echo evaluation and tests.
import { statementClauses } from "@/lib/echo/clauses";
import { loadKnowledge } from "@/lib/knowledge";
import { tagArticle } from "@/lib/tagger";
import { listArticleFiles, readArticleFile } from "./article-file";

export interface CorpusClause {
  id: number;
  text: string;
  date: string | null;
  level: string | null;
  file: string;
  speaker: string | null;
  province: string | null;
  /** Offsets into the file's raw text. */
  start: number;
  end: number;
}

export function clausesOfFolder(dir: string): CorpusClause[] {
  return clausesOfFiles(listArticleFiles(dir));
}

export function clausesOfFiles(files: string[]): CorpusClause[] {
  const knowledge = loadKnowledge();
  const clauses: CorpusClause[] = [];
  for (const file of files) {
    const { raw } = readArticleFile(file);
    for (const s of tagArticle(raw, knowledge, { fileName: file }).statements) {
      for (const c of statementClauses(s, raw)) {
        clauses.push({ id: clauses.length + 1, text: c.text, date: s.date, level: s.level, file, speaker: s.speaker, province: s.province, start: c.start, end: c.end });
      }
    }
  }
  return clauses;
}
