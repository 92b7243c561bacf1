// The labelled echo pairs of eval/echo and the tagged statements of the articles they quote.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { StatementForEcho } from "@/lib/echo/detect";
import { listArticleFiles, readArticleFile } from "@/lib/ingest/article-file";
import { loadKnowledge } from "@/lib/knowledge";
import { tagArticle } from "@/lib/tagger";

const pairLine = z.object({
  chain: z.string(),
  split: z.enum(["dev", "test"]),
  central_file: z.string(),
  central_quote: z.string().min(1),
  local_file: z.string(),
  local_quote: z.string().min(1),
  label: z.enum(["echo", "cites", "none"]),
  reason: z.string(),
});
export type EchoPairLabel = z.infer<typeof pairLine>;

export function readEchoPairs(file: string): EchoPairLabel[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .flatMap((line, i) => {
      if (!line.trim()) return [];
      const parsed = pairLine.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.issues[0]?.message ?? "bad line"}`);
      return [parsed.data];
    });
}

export interface TaggedSetStatement extends StatementForEcho {
  file: string;
  /** Offsets into the file's raw text. */
  start: number;
  end: number;
  speaker: string | null;
  province: string | null;
}

export interface TaggedSet {
  statements: TaggedSetStatement[];
  rawByFile: Map<string, string>;
}

/**
 * Every article of a folder tagged as the seed tags it: an undated statement takes its article's
 * date (as lib/db/load.ts stores it), then only as a bound.
 */
export function tagSet(articlesDir: string, files: string[] = listArticleFiles(articlesDir)): TaggedSet {
  const knowledge = loadKnowledge();
  const statements: TaggedSetStatement[] = [];
  const rawByFile = new Map<string, string>();
  files.forEach((file, articleIndex) => {
    const { raw } = readArticleFile(file);
    const name = path.basename(file);
    rawByFile.set(name, raw);
    const tagged = tagArticle(raw, knowledge, { fileName: name });
    const articleLead = [tagged.title ?? "", tagged.passages[0]?.text ?? ""].join("\n");
    for (const s of tagged.statements) {
      statements.push({
        id: statements.length + 1,
        articleId: articleIndex + 1,
        text: s.text,
        date: s.date ?? tagged.date,
        datePrecision: s.date ? s.datePrecision : tagged.date ? "approx" : null,
        level: s.level,
        cites: s.cites,
        articleLead,
        file: name,
        start: s.start,
        end: s.end,
        speaker: s.speaker,
        province: s.province,
      });
    }
  });
  return { statements, rawByFile };
}

/** The tightest statement whose [start, end) covers the quote's first character, or null. */
export function statementCovering(set: TaggedSet, file: string, quote: string): TaggedSetStatement | null {
  const raw = set.rawByFile.get(file);
  if (raw === undefined) throw new Error(`echo pairs: ${file} is not in the set`);
  const at = raw.indexOf(quote);
  if (at < 0) throw new Error(`echo pairs: «${quote}» is not in ${file}`);
  const covering = set.statements.filter((s) => s.file === file && s.start <= at && at < s.end);
  return covering.sort((a, b) => a.end - a.start - (b.end - b.start))[0] ?? null;
}

export function echoPairsFile(dir: string): string {
  const file = path.join(dir, "pairs.jsonl");
  if (!existsSync(file)) throw new Error(`echo pairs: ${file} does not exist`);
  return file;
}
