// npm run bench [-- --size small]: measures the pipeline and checks it against its budgets.
// Figures are from one run on this machine; compare ratios, not absolute times.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Command } from "commander";
import { listArticleFiles } from "@/lib/ingest/article-file";
import { loadKnowledge } from "@/lib/knowledge";
import { tagArticle } from "@/lib/tagger";

const program = new Command()
  .name("bench")
  .option("--size <size>", "small (quick, for CI) or full", "full")
  .option("--out <file>", "where to write the results", path.join("bench", "results.json"))
  .parse();

interface Figure {
  name: string;
  value: number;
  unit: string;
  budget?: { op: ">=" | "<="; value: number };
}

const options = program.opts<{ size: "small" | "full"; out: string }>();
const MB = 1024 * 1024;

function measureTagging(targetBytes: number): Figure {
  const knowledge = loadKnowledge();
  const articles = listArticleFiles(path.join("data", "articles")).map((f) => readFileSync(f, "utf8"));
  const corpus: string[] = [];
  let bytes = 0;
  while (bytes < targetBytes) {
    for (const raw of articles) {
      corpus.push(raw);
      bytes += Buffer.byteLength(raw, "utf8");
    }
  }
  tagArticle(articles[0], knowledge); // warm-up: lookup structures are built once per knowledge
  const started = process.hrtime.bigint();
  let statements = 0;
  for (const raw of corpus) statements += tagArticle(raw, knowledge).statements.length;
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (statements === 0) throw new Error("the tagger found no statement in the bundled articles");
  return { name: `tagging, 1 worker (${(bytes / MB).toFixed(1)} MB of raw text)`, value: bytes / MB / seconds, unit: "MB/s", budget: { op: ">=", value: 2 } };
}

function verdict(f: Figure): string {
  if (!f.budget) return "    ";
  const ok = f.budget.op === ">=" ? f.value >= f.budget.value : f.value <= f.budget.value;
  return ok ? "PASS" : "FAIL";
}

function main() {
  const figures: Figure[] = [measureTagging(options.size === "small" ? 5 * MB : 20 * MB)];
  const cores = os.cpus().length;
  for (const f of figures) {
    const budget = f.budget ? ` (budget ${f.budget.op} ${f.budget.value} ${f.unit})` : "";
    console.log(`${verdict(f)} ${f.name}: ${f.value.toFixed(2)} ${f.unit}${budget} [${cores} cores]`);
  }
  mkdirSync(path.dirname(options.out), { recursive: true });
  writeFileSync(options.out, JSON.stringify({ measuredAt: new Date().toISOString(), size: options.size, cores, figures }, null, 2) + "\n");
}

main();
