import { readFileSync } from "node:fs";
import { listArticleFiles } from "@/lib/ingest/article-file";
import { loadKnowledge } from "@/lib/knowledge";
import { tagArticle } from "@/lib/tagger";
const [share, of, startAt] = process.argv.slice(2).map(Number);
const knowledge = loadKnowledge();
const texts = listArticleFiles("bench/corpus/10000").filter((_, i) => i % of === share).map((f) => readFileSync(f, "utf8"));
for (const t of texts.slice(0, 50)) tagArticle(t, knowledge);
while (Date.now() < startAt) {}
let bytes = 0;
const deadline = performance.now() + 4000;
for (let i = 0; performance.now() < deadline; i = (i + 1) % texts.length) { bytes += Buffer.byteLength(texts[i]); tagArticle(texts[i], knowledge); }
console.log((bytes / 1048576 / 4).toFixed(2));
