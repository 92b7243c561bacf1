// Tags the files it is given once the parent says go, and reports bytes and statements.
import { readFileSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import { loadKnowledge } from "@/lib/knowledge";
import { tagArticle } from "@/lib/tagger";

const { files } = workerData as { files: string[] };
const knowledge = loadKnowledge();
tagArticle(readFileSync(files[0], "utf8"), knowledge); // builds the lookup structures before timing
parentPort!.postMessage({ ready: true });
parentPort!.once("message", () => {
  let bytes = 0;
  let statements = 0;
  for (const file of files) {
    const raw = readFileSync(file, "utf8");
    bytes += Buffer.byteLength(raw, "utf8");
    statements += tagArticle(raw, knowledge).statements.length;
  }
  parentPort!.postMessage({ bytes, statements });
});
