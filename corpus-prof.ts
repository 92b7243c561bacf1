import { syntheticCorpus } from "@/lib/bench/synthetic-corpus";
import { loadKnowledge } from "@/lib/knowledge";
import { findReprints } from "@/lib/ingest/reprints";
const knowledge = loadKnowledge();
const arts = [...syntheticCorpus(knowledge, 7, 1000)].map((a, i) => ({ id: i + 1, text: a.text }));
const t = performance.now();
findReprints(arts);
console.log(Math.round(performance.now() - t));
