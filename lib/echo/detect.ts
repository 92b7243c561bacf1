// Echo detection: which central clauses a provincial or municipal clause repeats, and in what words.
// Clauses are compared by character trigrams weighted by rarity (IDF over the clause corpus);
// trigrams of stock formulas and of very common wording weigh nothing. Candidates come from an
// inverted index over the central clauses' trigrams, read only inside each clause's date window, so
// the cost grows with the corpus and the density of directives per window, never with all pairs.
import boilerplateFile from "@/data/boilerplate.json";
import { DIRECTIVE_MARKERS, directiveBody } from "./clauses";

export interface ClauseForEcho {
  id: number;
  text: string;
  /** ISO date (YYYY-MM-DD) or null when unknown: undated clauses take part in no echo. */
  date: string | null;
  /** "central" clauses are the references; "provincial" and "municipal" ones may echo them; others only inform the weights. */
  level: string | null;
}

export interface EchoOptions {
  /** How long after a central clause a local clause can still echo it. */
  windowDays: number;
  /** Lowest score that counts as an echo (0..1). */
  minScore: number;
  /** A trigram in more than this share of clauses is common wording and weighs nothing. */
  maxDocumentShare: number;
  /** Stock formulas whose trigrams weigh nothing. */
  boilerplate: string[];
}

export const DEFAULT_ECHO_OPTIONS: EchoOptions = {
  windowDays: 60,
  minScore: 0.085,
  maxDocumentShare: 0.05,
  boilerplate: boilerplateFile.phrases,
};

export interface EchoMatch {
  centralId: number;
  echoId: number;
  score: number;
  /** The shared phrases as they read in the echoing clause (Han characters and digits only). */
  sharedPhrases: string[];
  lagDays: number;
}

const GRAM = 3;
/** A shared run this short is one word (重点场所, 统一调度), not shared phrasing... */
const MIN_PHRASE = 5;
/** ...unless the echo quotes it (“四方责任”). */
const MIN_QUOTED_PHRASE = 4;
/** A shared phrase the echo puts in quotation marks is cited, not met by chance. */
const QUOTED_BONUS = 2;
const KEPT = /[\u3400-\u9fffA-Za-z0-9]/;
/** The modal that opens most directives is grammar, not wording (要始终坚持 ~ 始终坚持); 必要, 重要 keep theirs. */
const MODAL = "要";
const NOT_MODAL = new RegExp(DIRECTIVE_MARKERS.notModal.join("|"), "g");
const OPEN_QUOTE = /[“「『‘"]/;
const CLOSE_QUOTE = /[”」』’"]/;
const BREAK = "|";

/** The wording of a clause: Han characters, letters and digits, with BREAK where punctuation stood. */
export interface Wording {
  text: string;
  /** Per character of text: inside quotation marks in the clause. */
  quoted: boolean[];
  /** Per character of text: its index in the clause (-1 for BREAK). */
  at: number[];
}

export function wordingOf(clause: string): Wording {
  let text = "";
  const quoted: boolean[] = [];
  const at: number[] = [];
  let inQuote = false;
  const keptModal = new Set<number>();
  for (const m of clause.matchAll(NOT_MODAL)) for (let i = m.index; i < m.index + m[0].length; i++) keptModal.add(i);
  for (let i = 0; i < clause.length; i++) {
    const ch = clause[i];
    if (KEPT.test(ch) && (ch !== MODAL || keptModal.has(i))) {
      text += ch;
      quoted.push(inQuote);
      at.push(i);
      continue;
    }
    if (OPEN_QUOTE.test(ch) && !(ch === '"' && inQuote)) inQuote = true;
    else if (CLOSE_QUOTE.test(ch)) inQuote = false;
    if (text.length > 0 && !text.endsWith(BREAK)) {
      text += BREAK;
      quoted.push(false);
      at.push(-1);
    }
  }
  return { text, quoted, at };
}

/** The trigram starting at each position of the wording, or "" where it would cross punctuation. */
export function trigrams(wording: string): string[] {
  const grams: string[] = [];
  for (let i = 0; i + GRAM <= wording.length; i++) {
    const g = wording.slice(i, i + GRAM);
    grams.push(g.includes(BREAK) ? "" : g);
  }
  return grams;
}

const LOCAL_LEVELS = new Set(["provincial", "municipal"]);
/** A local clause echoes at most this many central clauses (the best scored, the nearest first on ties). */
export const MAX_ECHOES_PER_CLAUSE = 5;
const DAY_MS = 86_400_000;

interface Prepared {
  clause: ClauseForEcho;
  wording: Wording;
  grams: string[];
  distinct: Set<string>;
  /** Sum of the weights of its distinct trigrams. */
  mass: number;
  day: number | null;
}

/** Everything the scorer needs about the corpus: trigram weights. */
interface GramWeights {
  weight(gram: string): number;
}

function gramWeights(wordings: string[], options: Pick<EchoOptions, "maxDocumentShare" | "boilerplate">): GramWeights {
  const df = new Map<string, number>();
  for (const w of wordings) for (const g of new Set(trigrams(w))) if (g) df.set(g, (df.get(g) ?? 0) + 1);
  const stop = new Set<string>();
  for (const phrase of options.boilerplate) for (const g of trigrams(wordingOf(phrase).text)) if (g) stop.add(g);
  const n = Math.max(wordings.length, 1);
  // In a small corpus a handful of repeats says little about how common a trigram is.
  const maxDf = Math.max(10, options.maxDocumentShare * n);
  return {
    weight(gram) {
      const d = df.get(gram) ?? 1;
      if (!gram || stop.has(gram) || d > maxDf) return 0;
      return Math.log(n / d);
    },
  };
}

/** Runs of the echo's wording whose every trigram also occurs in the central clause and weighs something. */
interface SharedRun {
  phrase: string;
  /** Positions of its trigrams in the echo's wording. */
  from: number;
  to: number;
}

function sharedRuns(echo: Prepared, central: Prepared, weights: GramWeights): SharedRun[] {
  const runs: SharedRun[] = [];
  let runStart = -1;
  const close = (endGram: number) => {
    if (runStart < 0) return;
    const end = endGram - 1 + GRAM;
    const phrase = echo.wording.text.slice(runStart, end);
    const quoted = echo.wording.quoted.slice(runStart, end).every(Boolean);
    if (phrase.length >= (quoted ? MIN_QUOTED_PHRASE : MIN_PHRASE)) runs.push({ phrase, from: runStart, to: endGram });
    runStart = -1;
  };
  for (let i = 0; i < echo.grams.length; i++) {
    const g = echo.grams[i];
    if (central.distinct.has(g) && weights.weight(g) > 0) {
      if (runStart < 0) runStart = i;
    } else close(i);
  }
  close(echo.grams.length);
  return runs;
}

/**
 * The score of an echo: the weight of the trigrams in shared phrases over the geometric mean of
 * the two clauses' weights (a weighted cosine of trigram sets, 1 for identical wording).
 */
function scorePair(echo: Prepared, central: Prepared, weights: GramWeights): { score: number; sharedPhrases: string[] } {
  const runs = sharedRuns(echo, central, weights);
  const counted = new Map<string, number>();
  for (const r of runs) {
    for (let i = r.from; i < r.to; i++) {
      const g = echo.grams[i];
      const quoted = echo.wording.quoted[i] && echo.wording.quoted[i + GRAM - 1];
      counted.set(g, Math.max(counted.get(g) ?? 0, weights.weight(g) * (quoted ? QUOTED_BONUS : 1)));
    }
  }
  let shared = 0;
  for (const w of counted.values()) shared += w;
  const denominator = Math.sqrt(echo.mass * central.mass);
  return { score: denominator > 0 ? shared / denominator : 0, sharedPhrases: runs.map((r) => r.phrase) };
}

function prepare(clause: ClauseForEcho, weights: GramWeights): Prepared {
  const wording = wordingOf(directiveBody(clause.text));
  const grams = trigrams(wording.text);
  const distinct = new Set(grams.filter(Boolean));
  let mass = 0;
  for (const g of distinct) mass += weights.weight(g);
  const day = clause.date && !Number.isNaN(Date.parse(clause.date)) ? Math.round(Date.parse(clause.date) / DAY_MS) : null;
  return { clause, wording, grams, distinct, mass, day };
}


/** Index of the first posting whose central clause is dated on or after `day` (postings are in date order). */
function firstOnOrAfter(postings: number[], day: number, centrals: Prepared[]): number {
  let lo = 0;
  let hi = postings.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (centrals[postings[mid]].day! < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Every echo of a central clause by a local clause within the window, best first per local clause. */
export function detectEchoes(clauses: ClauseForEcho[], options: Partial<EchoOptions> = {}): EchoMatch[] {
  const opts = { ...DEFAULT_ECHO_OPTIONS, ...options };
  const weights = gramWeights(clauses.map((c) => wordingOf(directiveBody(c.text)).text), opts);
  // Only the central clauses are held prepared; each local clause is prepared in its turn, so
  // memory grows with the references, not with the whole corpus.
  const prepared = clauses.filter((c) => c.level === "central").map((c) => prepare(c, weights));

  const index = new Map<string, number[]>();
  // Postings in date order, so each lookup reads only the central clauses inside the window.
  // The same central wording on the same day is one directive reprinted (syndicated copies of an
  // article): it is indexed once, under its first clause, or every copy would be echoed by every copy.
  const firstOfWording = new Map<string, Prepared>();
  for (const p of prepared) {
    if (p.clause.level !== "central" || p.day === null) continue;
    const key = `${p.day}|${p.wording.text}`;
    const first = firstOfWording.get(key);
    if (!first || p.clause.id < first.clause.id) firstOfWording.set(key, p);
  }
  const centrals = [...firstOfWording.values()].sort((a, b) => a.day! - b.day! || a.clause.id - b.clause.id);
  centrals.forEach((p, at) => {
    for (const g of p.distinct) {
      if (weights.weight(g) === 0) continue;
      const postings = index.get(g);
      if (postings) postings.push(at);
      else index.set(g, [at]);
    }
  });

  const matches: EchoMatch[] = [];
  const overlap = new Map<number, number>();
  const found: EchoMatch[] = [];
  for (const clause of clauses) {
    if (!LOCAL_LEVELS.has(clause.level ?? "")) continue;
    const local = prepare(clause, weights);
    if (local.day === null || local.mass === 0) continue;
    overlap.clear();
    const earliest = local.day - opts.windowDays;
    for (const g of local.distinct) {
      const w = weights.weight(g);
      const postings = w === 0 ? undefined : index.get(g);
      if (!postings) continue;
      for (let i = firstOnOrAfter(postings, earliest, centrals); i < postings.length; i++) {
        const at = postings[i];
        if (centrals[at].day! > local.day) break;
        overlap.set(at, (overlap.get(at) ?? 0) + w);
      }
    }
    found.length = 0;
    for (const [at, weight] of overlap) {
      const central = centrals[at];
      // The overlap (quoted at most) bounds the score from above: skip pairs that cannot reach the threshold.
      if ((weight * QUOTED_BONUS) / Math.sqrt(local.mass * central.mass) < opts.minScore) continue;
      const { score, sharedPhrases } = scorePair(local, central, weights);
      if (score < opts.minScore) continue;
      found.push({ centralId: central.clause.id, echoId: local.clause.id, score, sharedPhrases, lagDays: local.day - central.day! });
    }
    found.sort((a, b) => b.score - a.score || a.lagDays - b.lagDays || a.centralId - b.centralId);
    matches.push(...found.slice(0, MAX_ECHOES_PER_CLAUSE));
  }
  return matches.sort((a, b) => a.echoId - b.echoId || b.score - a.score || a.centralId - b.centralId);
}
