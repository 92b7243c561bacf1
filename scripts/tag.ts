// npm run --silent tag -- [--json] FILE...: tags raw article files; with --json prints only JSON on stdout.
import { readFileSync } from "node:fs";
import { Command } from "commander";
import { FrontMatterError, splitFrontMatter } from "@/lib/ingest/front-matter";
import { loadKnowledge } from "@/lib/knowledge";
import { tagArticle, type TaggedArticle } from "@/lib/tagger";

const program = new Command()
  .name("tag")
  .description("Tag raw article files with provinces, speakers, levels, dates and themes.")
  .option("--json", "print the tagged statements as JSON on stdout")
  .option("--data <dir>", "data directory (regions.json, leaders/, themes.json...)")
  .argument("<files...>", "article text files")
  .parse();

const options = program.opts<{ json?: boolean; data?: string }>();
const files = program.args;
const knowledge = loadKnowledge(options.data);

/** Tags the text after any front matter; offsets are moved back to index the whole file, as read. */
function tagBody(raw: string, file: string): TaggedArticle {
  const { body, bodyStart, metadata } = splitFrontMatter(raw);
  const tagged = tagArticle(body, knowledge, { fileName: file });
  return {
    ...tagged,
    title: metadata.title ?? tagged.title,
    date: metadata.date ?? tagged.date,
    passages: tagged.passages.map((p) => ({ ...p, start: p.start + bodyStart, end: p.end + bodyStart })),
    statements: tagged.statements.map((s) => ({ ...s, start: s.start + bodyStart, end: s.end + bodyStart })),
  };
}

interface FileResult {
  file: string;
  article: TaggedArticle;
}

const results: FileResult[] = [];
let failed = false;
for (const file of files) {
  let raw: string;
  try {
    raw = readFileSync(file, "utf8");
  } catch (error) {
    failed = true;
    const reason = error instanceof Error ? error.message : String(error);
    process.stderr.write(`tag: cannot read ${file}: ${reason}\n`);
    continue;
  }
  let article: TaggedArticle;
  try {
    article = tagBody(raw, file);
  } catch (error) {
    if (!(error instanceof FrontMatterError)) throw error;
    failed = true;
    process.stderr.write(`tag: ${file}: ${error.message}\n`);
    continue;
  }
  results.push({ file, article });
}

if (options.json) {
  const articles = results.map(({ file, article }) => ({
    file,
    title: article.title,
    date: article.date,
    statements: article.statements,
  }));
  process.stdout.write(`${JSON.stringify({ articles }, null, 2)}\n`);
} else {
  for (const { file, article } of results) {
    const provinces = new Map<string, number>();
    for (const s of article.statements) if (s.province) provinces.set(s.province, (provinces.get(s.province) ?? 0) + 1);
    const speakers = [...new Set(article.statements.map((s) => s.speaker).filter(Boolean))];
    console.log(`${file}: ${article.title ?? "(untitled)"} [${article.date ?? "no date"}]`);
    console.log(`  ${article.statements.length} statements; provinces ${[...provinces].map(([p, n]) => `${p}×${n}`).join(" ") || "-"}`);
    console.log(`  speakers ${speakers.join(" ") || "-"}`);
  }
}
process.exitCode = failed ? 1 : 0;
