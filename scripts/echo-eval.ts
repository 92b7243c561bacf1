// npm run echo:eval: precision and recall of echo detection on the hand-labelled clause pairs:
// the seed articles (the threshold was chosen on them), then a held-out set that adds the tagger's
// fixture articles.
import path from "node:path";
import { detectEchoes, DEFAULT_ECHO_OPTIONS } from "@/lib/echo/detect";
import { evaluateLabels, type Evaluation, type LabelledPair } from "@/lib/echo/evaluate";
import seedLabels from "@/lib/echo/fixtures/labelled-pairs.json";
import unseenLabels from "@/lib/echo/fixtures/labelled-pairs-unseen.json";
import { listArticleFiles } from "@/lib/ingest/article-file";
import { clausesOfFiles } from "@/lib/ingest/echo-corpus";

const seedFiles = listArticleFiles(path.join("data", "articles"));

function report(title: string, pairs: LabelledPair[], files: string[]): Evaluation {
  const clauses = clausesOfFiles(files);
  const result = evaluateLabels(pairs, clauses, detectEchoes(clauses));
  console.log(`\n== ${title}`);
  for (const p of result.pairs) {
    const verdict = p.found === (p.label === "echo") ? "ok  " : "MISS";
    console.log(`${verdict} ${p.label.padEnd(4)} ${p.found ? `found ${p.score!.toFixed(3)}` : "not found  "}  ${p.echo}  ←  ${p.central}`);
  }
  console.log(`${result.pairs.length} labelled pairs (${result.truePositives + result.falseNegatives} echoes)`);
  console.log(`precision ${result.precision.toFixed(3)} (${result.truePositives}/${result.truePositives + result.falsePositives})`);
  console.log(`recall    ${result.recall.toFixed(3)} (${result.truePositives}/${result.truePositives + result.falseNegatives})`);

  // How the figures move with the threshold: scores computed once, well below any threshold.
  const candidates = detectEchoes(clauses, { minScore: 0.01 });
  console.log("threshold  precision  recall");
  for (const minScore of [0.03, 0.05, 0.07, DEFAULT_ECHO_OPTIONS.minScore, 0.1, 0.15, 0.25]) {
    const at = evaluateLabels(pairs, clauses, candidates.filter((m) => m.score >= minScore));
    console.log(`${minScore.toFixed(3).padStart(9)}  ${at.precision.toFixed(3).padStart(9)}  ${at.recall.toFixed(3).padStart(6)}`);
  }
  return result;
}

console.log(`threshold ${DEFAULT_ECHO_OPTIONS.minScore}, window ${DEFAULT_ECHO_OPTIONS.windowDays} days`);
report("seed articles (lib/echo/fixtures/labelled-pairs.json)", seedLabels.pairs as LabelledPair[], seedFiles);
report(
  "held out: seeds + tagger fixture articles (lib/echo/fixtures/labelled-pairs-unseen.json)",
  unseenLabels.pairs as LabelledPair[],
  [...seedFiles, ...unseenLabels.fixtureArticles],
);
