import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

const goldLine = z.object({
  file: z.string(),
  quote: z.string().min(1),
  province: z.string(),
  level: z.enum(["central", "provincial", "municipal"]).nullish(),
  speaker: z.string().nullish(),
  office: z.string().nullish(),
  date: z.string().nullish(),
  date_precision: z.enum(["day", "month", "year", "unknown"]).nullish(),
  kind: z.enum(["directive", "assessment", "procedural"]).nullish(),
  cap: z.array(z.number().int()).nullish(),
  note: z.string().nullish(),
});
export type GoldLine = z.infer<typeof goldLine>;

const source = z.object({
  file: z.string(),
  url: z.string().nullish(),
  date: z.string().nullish(),
  split: z.enum(["dev", "test"]),
  field: z.string().nullish(),
  province: z.string().nullish(),
  note: z.string().nullish(),
});
export type ArticleSource = z.infer<typeof source>;

const negative = z.object({ file: z.string(), quote: z.string().min(1), what: z.string().nullish() });
export type NegativeLine = z.infer<typeof negative>;

export interface EvalArticle {
  set: string;
  file: string;
  path: string;
  text: string;
  source: ArticleSource;
  gold: GoldLine[];
  negatives: NegativeLine[];
}

function readJsonl<T>(file: string, schema: z.ZodType<T>): T[] {
  if (!existsSync(file)) return [];
  const out: T[] = [];
  readFileSync(file, "utf8")
    .split("\n")
    .forEach((line, i) => {
      if (!line.trim()) return;
      const parsed = schema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.issues[0]?.message ?? "bad line"}`);
      out.push(parsed.data);
    });
  return out;
}

/** Every article of every set under `root` (eval/sets/<set>/), with its gold lines and negatives. */
export function readEvalCorpus(root: string): EvalArticle[] {
  if (!existsSync(root)) return [];
  const articles: EvalArticle[] = [];
  for (const set of readdirSync(root).sort()) {
    const dir = path.join(root, set);
    const sourcesFile = path.join(dir, "sources.json");
    if (!existsSync(sourcesFile)) continue;
    const sources = z.array(source).parse(JSON.parse(readFileSync(sourcesFile, "utf8")));
    const gold = readJsonl(path.join(dir, "gold.jsonl"), goldLine);
    const negatives = readJsonl(path.join(dir, "negatives.jsonl"), negative);
    for (const src of sources) {
      const file = path.join(dir, "articles", src.file);
      if (!existsSync(file)) throw new Error(`${sourcesFile}: ${src.file} is listed but ${file} does not exist`);
      const text = readFileSync(file, "utf8");
      const own = gold.filter((g) => g.file === src.file);
      for (const g of own) if (!text.includes(g.quote)) throw new Error(`${dir}/gold.jsonl: quote «${g.quote}» is not in ${src.file}`);
      articles.push({ set, file: src.file, path: file, text, source: src, gold: own, negatives: negatives.filter((n) => n.file === src.file) });
    }
  }
  return articles;
}
