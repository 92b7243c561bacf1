// npm run --silent tag -- [--json] FILE...: tags raw article files; with --json prints only JSON on stdout.
import { readFileSync } from "node:fs";
import { Command } from "commander";
import { loadKnowledge } from "@/lib/knowledge";
import { tagArticle, type TaggedArticle } from "@/lib/tagger";

const program = new Command()
  .name("tag")
  .description("Tag raw article files with provinces, speakers, levels, dates and themes.")
  .option("--json", "print the tagged statements as JSON on stdout")
  .option("--data <dir>", "data directory (regions.json, leaders.csv, themes.json...)")
  .argument("<files...>", "article text files")
  .parse();

const options = program.opts<{ json?: boolean; data?: string }>();
const files = program.args;
const knowledge = loadKnowledge(options.data);

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
  results.push({ file, article: tagArticle(raw, knowledge, { fileName: file }) });
}

if (options.json) {
  const articles = results.map(({ file, article }) => ({
    file,
    title: article.title,
    date: article.date,
    statements: article.statements.map((s) => ({
      start: s.start,
      end: s.end,
      text: s.text,
      province: s.province,
      city: s.city,
      speaker: s.speaker,
      office: s.office,
      level: s.level,
      date: s.date,
      themes: s.themes,
      topics: s.topics,
      kind: s.kind,
      evidence: s.evidence,
    })),
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
