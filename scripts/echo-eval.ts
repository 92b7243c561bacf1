// npm run echo:eval: precision and recall of echo detection on the hand-labelled seed pairs.
import path from "node:path";
import { detectEchoes, DEFAULT_ECHO_OPTIONS } from "@/lib/echo/detect";
import { evaluateLabels, type LabelledPair } from "@/lib/echo/evaluate";
import labelled from "@/lib/echo/fixtures/labelled-pairs.json";
import { clausesOfFolder } from "@/lib/ingest/echo-corpus";

const clauses = clausesOfFolder(path.join("data", "articles"));
const pairs = labelled.pairs as LabelledPair[];
const result = evaluateLabels(pairs, clauses, detectEchoes(clauses));

for (const p of result.pairs) {
  const verdict = p.found === (p.label === "echo") ? "ok  " : "MISS";
  console.log(`${verdict} ${p.label.padEnd(4)} ${p.found ? `found ${p.score!.toFixed(3)}` : "not found  "}  ${p.echo}  ←  ${p.central}`);
}
console.log(
  `\n${result.pairs.length} labelled pairs (${result.truePositives + result.falseNegatives} echoes), threshold ${DEFAULT_ECHO_OPTIONS.minScore}, window ${DEFAULT_ECHO_OPTIONS.windowDays} days`,
);
console.log(`precision ${result.precision.toFixed(3)} (${result.truePositives}/${result.truePositives + result.falsePositives})`);
console.log(`recall    ${result.recall.toFixed(3)} (${result.truePositives}/${result.truePositives + result.falseNegatives})`);

// How the figures move with the threshold: scores are computed once, well below any threshold.
const candidates = detectEchoes(clauses, { minScore: 0.01 });
console.log("\nthreshold  precision  recall");
for (const minScore of [0.03, 0.05, 0.07, DEFAULT_ECHO_OPTIONS.minScore, 0.1, 0.15, 0.25]) {
  const at = evaluateLabels(pairs, clauses, candidates.filter((m) => m.score >= minScore));
  console.log(`${minScore.toFixed(3).padStart(9)}  ${at.precision.toFixed(3).padStart(9)}  ${at.recall.toFixed(3).padStart(6)}`);
}
