import { listArticleFiles } from "@/lib/ingest/article-file";
import { measureTaggingScaling } from "@/lib/bench/tagging";
(async () => {
  const files = listArticleFiles("bench/corpus/10000");
  const r = await measureTaggingScaling(files, 2, 3, 3);
  console.log(process.execArgv.join(" "), "one", r.one.megabytesPerSecond.toFixed(2), "all", r.all.megabytesPerSecond.toFixed(2), "speedUp", r.speedUp.toFixed(2), "ceiling", r.ceiling.toFixed(2));
})();
