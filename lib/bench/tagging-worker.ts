// Tags its files, over and over for the given seconds once the parent says go (steady state, not
// start-up), and reports the bytes and statements tagged.
import { readFileSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import { loadKnowledge } from "@/lib/knowledge";
import { tagArticle } from "@/lib/tagger";

const { files, seconds, warmUpSeconds } = workerData as { files: string[]; seconds: number; warmUpSeconds: number };
const knowledge = loadKnowledge();
const texts = files.map((file) => readFileSync(file, "utf8"));
// Builds the lookup structures and lets the JIT compile the tagger before timing: a few dozen
// articles leave the optimizing compiler still at work on background threads in the timed window,
// where it borrows an idle core from a single worker but not from a full set.
const warmUpUntil = performance.now() + warmUpSeconds * 1000;
for (let i = 0; performance.now() < warmUpUntil; i = (i + 1) % texts.length) tagArticle(texts[i], knowledge);
parentPort!.postMessage({ ready: true });
parentPort!.once("message", () => {
  let bytes = 0;
  let statements = 0;
  const deadline = performance.now() + seconds * 1000;
  for (let i = 0; performance.now() < deadline; i = (i + 1) % texts.length) {
    bytes += Buffer.byteLength(texts[i], "utf8");
    statements += tagArticle(texts[i], knowledge).statements.length;
  }
  parentPort!.postMessage({ bytes, statements });
});
