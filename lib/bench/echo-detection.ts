// Times echo detection (normalisation, candidates, alignment) on synthetic corpora of 10,000 and 40,000
// statements and reports how the time grows (npm run bench).
// Statements are composed, deterministically, from the phrases of the seed articles' directive
// clauses, at a steady rate per day: a bigger corpus covers a longer period, as a growing archive does.
import path from "node:path";
import { uniformInt } from "pure-rand/distribution/uniformInt";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import { detectEchoes, type StatementForEcho } from "@/lib/echo/detect";
import { clausesOfFolder } from "@/lib/ingest/echo-corpus";

export interface SyntheticStatement {
  text: string;
  date: string;
  level: "central" | "provincial" | "municipal";
}

const STATEMENTS_PER_DAY = 12;
const START = Date.parse("2020-01-01");
const DAY_MS = 86_400_000;

/** Phrase pieces (between commas) and speaker framings of the seed articles' directive clauses. */
function phraseMaterial(): { pieces: string[]; framings: string[] } {
  const pieces = new Set<string>();
  const framings = new Set<string>();
  for (const c of clausesOfFolder(path.join("data", "articles"))) {
    const framing = /^[^，。]{2,30}?(?:指出|强调|要求|表示)，/.exec(c.text);
    if (framing) framings.add(framing[0]);
    for (const piece of c.text.slice(framing?.[0].length ?? 0).split(/[，；。！？]/)) {
      const p = piece.replace(/^要/, "").trim();
      if (p.length >= 4) pieces.add(p);
    }
  }
  return { pieces: [...pieces], framings: [...framings] };
}

/** A corpus of `size` statements; the same seed gives the same corpus. */
export function syntheticStatements(size: number, seed = 42): SyntheticStatement[] {
  const rng = xoroshiro128plus(seed);
  const { pieces, framings } = phraseMaterial();
  const pick = <T>(items: T[]) => items[uniformInt(rng, 0, items.length - 1)];
  const statements: SyntheticStatement[] = [];
  for (let i = 0; i < size; i++) {
    const sentences: string[] = [];
    for (let s = uniformInt(rng, 1, 3); s > 0; s--) {
      const parts: string[] = [];
      for (let k = uniformInt(rng, 2, 4); k > 0; k--) parts.push(pick(pieces));
      sentences.push(`要${parts.join("，")}。`);
    }
    const roll = uniformInt(rng, 0, 9);
    statements.push({
      text: pick(framings) + sentences.join(""),
      date: new Date(START + Math.floor(i / STATEMENTS_PER_DAY) * DAY_MS).toISOString().slice(0, 10),
      level: roll === 0 ? "central" : roll <= 7 ? "provincial" : "municipal",
    });
  }
  return statements;
}

export interface EchoBenchRun {
  statements: number;
  echoes: number;
  seconds: number;
}

export function timeEchoDetection(statements: SyntheticStatement[]): EchoBenchRun {
  const started = process.hrtime.bigint();
  // Twelve statements a day make an article a day's worth: the events a cite can name.
  const forEcho: StatementForEcho[] = statements.map((s, i) => ({
    id: i + 1,
    articleId: Math.floor(i / 4) + 1,
    text: s.text,
    date: s.date,
    datePrecision: "day",
    level: s.level,
    cites: [],
    articleLead: "",
  }));
  const { links } = detectEchoes(forEcho);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { statements: statements.length, echoes: links.length, seconds };
}

export interface EchoBenchResult {
  runs: EchoBenchRun[];
  /** Time at the largest size over time at the smallest: 4 is linear for 10k → 40k, 16 quadratic. */
  ratio: number;
  sizeRatio: number;
}

/** Times echo detection at each size (default 10,000 and 40,000 statements). */
export function benchEchoDetection(sizes: number[] = [10_000, 40_000]): EchoBenchResult {
  timeEchoDetection(syntheticStatements(1_000)); // warm-up
  const runs = sizes.map((size) => timeEchoDetection(syntheticStatements(size)));
  const first = runs[0];
  const last = runs[runs.length - 1];
  return { runs, ratio: last.seconds / first.seconds, sizeRatio: last.statements / first.statements };
}
