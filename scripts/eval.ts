// npm run eval -- [--split dev|test] [--verbose] [--only kind,negative]: tags the evaluation corpus (eval/sets/*) and scores it.
import path from "node:path";
import { Command } from "commander";
import { readEvalCorpus, type EvalArticle } from "@/lib/eval/corpus";
import { addFigures, coveringStatement, emptyFigures, percent, scoreArticle, type Figures, type Miss } from "@/lib/eval/score";
import { loadKnowledge } from "@/lib/knowledge";
import { tagArticle } from "@/lib/tagger";
import type { TaggedArticle } from "@/lib/tagger/types";

const program = new Command()
  .name("eval")
  .description("Score the tagger on the evaluation corpus of real articles (eval/sets/*).")
  .option("--split <split>", "dev or test (default: both, test last)")
  .option("--verbose", "list every miss (of the dev split unless --split test is given)")
  .option("--only <what>", "with --verbose: list only these misses (comma-separated: kind, topic, speaker, negative…)")
  .option("--corpus <dir>", "folder of sets", "eval/sets")
  .parse();
const options = program.opts<{ split?: string; verbose?: boolean; only?: string; corpus: string }>();
const only = options.only ? options.only.split(",").map((w) => w.trim()) : null;

const knowledge = loadKnowledge();
const corpus = readEvalCorpus(path.resolve(options.corpus));
if (corpus.length === 0) {
  console.error(`eval: no articles under ${options.corpus}`);
  process.exit(1);
}

function yearBand(a: EvalArticle): string {
  const year = Number((a.source.date ?? a.gold.find((g) => g.date)?.date ?? "").slice(0, 4));
  if (!year) return "year unknown";
  if (year <= 2016) return "2012–2016";
  if (year <= 2019) return "2017–2019";
  if (year <= 2022) return "2020–2022";
  return "2023–2026";
}

function line(label: string, f: Figures): string {
  return (
    `${label}: ${f.gold} gold lines, coverage ${percent(f.covered)}, province ${percent(f.province)}, level ${percent(f.level)}, ` +
    `speaker ${percent(f.speaker)}, statement date (day) ${percent(f.dateDay)}, article date ${percent(f.articleDate)}`
  );
}

function shortLine(label: string, f: Figures): string {
  return `  ${label}: n=${f.gold} province ${percent(f.province)} speaker ${percent(f.speaker)} date ${percent(f.dateDay)}`;
}

const KINDS = ["directive", "assessment", "procedural"];

/** A miss with the tagged statement that covers it, its speaker and the words that decided its kind. */
function describeMiss(m: Miss, a: EvalArticle, tagged: TaggedArticle): string {
  const head = `miss ${m.what.padEnd(12)} ${m.file} «${m.quote.slice(0, 18)}» want ${m.want} got ${m.got}`;
  if (m.what !== "kind" && m.what !== "topic" && !m.what.startsWith("negative")) return head;
  const s = coveringStatement(tagged.statements, a.text.indexOf(m.quote));
  if (!s) return head;
  if (m.what === "topic") {
    const themes = s.evidence.filter((e) => e.kind === "theme" || e.kind === "topic").map((e) => `${e.theme}: ${e.detail || "the story's field"}`);
    return `${head}\n    [${themes.join("; ")}] ${s.text.slice(0, 300)}`;
  }
  const why = s.evidence.find((e) => e.kind === "statement-kind");
  return `${head}\n    [${s.speaker ?? "-"}; ${why?.rule ?? "?"}: ${why?.detail ?? ""}] ${s.text.slice(0, 300)}`;
}

function report(split: string, articles: EvalArticle[], verbose: boolean): void {
  const total = emptyFigures();
  const misses: string[] = [];
  const confusion = new Map<string, number>();
  // Kind misses whose statement starts before the gold quote's sentence (a statement split) or has the wrong speaker.
  const kindMisses = { all: 0, split: 0, speaker: 0 };
  const negativeDirectives = { ok: 0, n: 0 };
  const groups = new Map<string, Figures>();
  const group = (key: string) => groups.get(key) ?? groups.set(key, emptyFigures()).get(key)!;
  for (const a of articles) {
    const tagged = tagArticle(a.text, knowledge, { fileName: a.file });
    const f = emptyFigures();
    const own: Miss[] = [];
    scoreArticle(a, tagged, f, own);
    for (const m of own) if (!only || only.some((w) => m.what.startsWith(w))) misses.push(describeMiss(m, a, tagged));
    for (const n of a.negatives) {
      const at = a.text.indexOf(n.quote);
      negativeDirectives.n++;
      if (tagged.statements.some((s) => s.start <= at && at < s.end && s.kind === "directive")) negativeDirectives.ok++;
    }
    for (const g of a.gold) {
      const s = g.kind ? coveringStatement(tagged.statements, a.text.indexOf(g.quote)) : null;
      if (g.kind) confusion.set(`${g.kind}>${s?.kind ?? "none"}`, (confusion.get(`${g.kind}>${s?.kind ?? "none"}`) ?? 0) + 1);
      if (g.kind && s && s.kind !== g.kind) {
        kindMisses.all++;
        const shared = a.gold.some((o) => o !== g && coveringStatement(tagged.statements, a.text.indexOf(o.quote)) === s);
        if (shared || /[。！？!?]/.test(a.text.slice(s.start, a.text.indexOf(g.quote)))) kindMisses.split++;
        else if (g.speaker && s.speaker !== g.speaker) kindMisses.speaker++;
      }
    }
    addFigures(total, f);
    addFigures(group(`year ${yearBand(a)}`), f);
    addFigures(group(`field ${a.source.field ?? "unknown"}`), f);
  }
  if (verbose) {
    for (const m of misses) console.log(m);
    console.log(`kind, gold (rows) by tagged (columns): ${[...KINDS, "none"].join(" / ")}`);
    for (const g of KINDS) console.log(`  ${g.padEnd(11)} ${[...KINDS, "none"].map((t) => String(confusion.get(`${g}>${t}`) ?? 0).padStart(5)).join(" ")}`);
  }
  const regions = new Set(articles.map((a) => a.source.province).filter(Boolean));
  console.log(`== ${split}: ${articles.length} articles, ${regions.size} regions`);
  for (const key of [...groups.keys()].sort()) console.log(shortLine(key, groups.get(key)!));
  console.log(`  kind ${percent(total.kind)}, CAP primary topic ${percent(total.topicPrimary)}, topic precision ${percent(total.topicPrecision)}, negatives inside a statement ${percent(total.negatives)} (lower is better)`);
  console.log(`  negatives inside a directive: ${percent(negativeDirectives)}`);
  console.log(`  kind misses: ${kindMisses.all}, of which ${kindMisses.split} in a statement that starts sentences before the gold line or holds another gold line (a split) and ${kindMisses.speaker} more with the speaker missed`);
  console.log(line(split, total));
}

const splits = options.split ? [options.split] : ["dev", "test"];
for (const split of splits) {
  if (split !== "dev" && split !== "test") {
    console.error(`eval: --split must be dev or test, got "${split}"`);
    process.exit(2);
  }
  report(split, corpus.filter((a) => a.source.split === split), Boolean(options.verbose) && (split === "dev" || options.split === "test"));
}
