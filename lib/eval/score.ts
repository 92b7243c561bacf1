// The rules of ../shared/eval/score.mjs and score_more.py: a gold quote belongs to the tightest
// statement whose [start, end) covers the quote's first character.
import type { EvalArticle, GoldLine } from "./corpus";

export interface ScoredStatement {
  start: number;
  end: number;
  province: string | null;
  speaker: string | null;
  level: string | null;
  date: string | null;
  kind?: string | null;
  topics?: number[] | null;
}

export interface TaggedForEval {
  date: string | null;
  statements: ScoredStatement[];
}

export interface Tally {
  ok: number;
  n: number;
}

export interface Figures {
  gold: number;
  covered: Tally;
  province: Tally;
  level: Tally;
  speaker: Tally;
  dateDay: Tally;
  dateMonth: Tally;
  articleDate: Tally;
  kind: Tally;
  topicPrimary: Tally;
  topicPrecision: Tally;
  negatives: Tally;
}

export interface Miss {
  file: string;
  quote: string;
  what: string;
  want: string;
  got: string;
}

const tally = (): Tally => ({ ok: 0, n: 0 });

export function emptyFigures(): Figures {
  return {
    gold: 0,
    covered: tally(),
    province: tally(),
    level: tally(),
    speaker: tally(),
    dateDay: tally(),
    dateMonth: tally(),
    articleDate: tally(),
    kind: tally(),
    topicPrimary: tally(),
    topicPrecision: tally(),
    negatives: tally(),
  };
}

function count(t: Tally, ok: boolean, by = 1): void {
  t.n += by;
  if (ok) t.ok += by;
}

export function coveringStatement<S extends ScoredStatement>(statements: S[], at: number): S | null {
  let best: S | null = null;
  for (const s of statements) if (s.start <= at && at < s.end && (!best || s.end - s.start < best.end - best.start)) best = s;
  return best;
}

function majorTopic(code: number): number {
  return code >= 100 ? Math.floor(code / 100) : code;
}

function scoreLine(g: GoldLine, s: ScoredStatement | null, f: Figures, misses: Miss[], file: string): void {
  const miss = (what: string, want: string, got: string) => misses.push({ file, quote: g.quote, what, want, got });
  f.gold++;
  count(f.covered, s !== null);
  const okProvince = s?.province === g.province;
  count(f.province, okProvince);
  if (!okProvince) miss("province", g.province, s ? String(s.province) : "no statement");
  if (g.level) {
    count(f.level, s?.level === g.level);
    if (s && s.level !== g.level) miss("level", g.level, String(s.level));
  }
  if (g.speaker !== undefined && g.speaker !== null) {
    count(f.speaker, s?.speaker === g.speaker);
    if (s?.speaker !== g.speaker) miss("speaker", g.speaker, s ? String(s.speaker) : "no statement");
  }
  const date = s?.date ?? "";
  if (g.date && g.date_precision === "day") {
    count(f.dateDay, date.slice(0, 10) === g.date);
    if (date.slice(0, 10) !== g.date) miss("date", g.date, date || "-");
  }
  if (g.date && (g.date_precision === "day" || g.date_precision === "month")) count(f.dateMonth, date.slice(0, 7) === g.date.slice(0, 7));
  if (g.kind) {
    count(f.kind, s?.kind === g.kind);
    if (s && s.kind !== g.kind) miss("kind", g.kind, String(s.kind ?? "-"));
  }
  if (g.cap?.length) {
    const predicted = [...new Set((s?.topics ?? []).map(majorTopic))];
    count(f.topicPrimary, predicted.includes(g.cap[0]));
    if (!predicted.includes(g.cap[0])) miss("topic", g.cap.join(","), predicted.join(",") || "-");
    for (const p of predicted) count(f.topicPrecision, g.cap.includes(p));
  }
}

/** Scores one tagged article against its gold lines, article date and negatives. */
export function scoreArticle(article: EvalArticle, tagged: TaggedForEval, f: Figures, misses: Miss[]): void {
  for (const g of article.gold) scoreLine(g, coveringStatement(tagged.statements, article.text.indexOf(g.quote)), f, misses, article.file);
  if (article.source.date) {
    const ok = (tagged.date ?? "").slice(0, 10) === article.source.date;
    count(f.articleDate, ok);
    if (!ok) misses.push({ file: article.file, quote: "", what: "article date", want: article.source.date, got: tagged.date ?? "-" });
  }
  for (const n of article.negatives) {
    const at = article.text.indexOf(n.quote);
    const hit = tagged.statements.some((s) => s.start <= at && at < s.end && s.kind !== "procedural");
    count(f.negatives, hit);
    if (hit) misses.push({ file: article.file, quote: n.quote, what: `negative (${n.what ?? "?"})`, want: "no statement", got: "statement" });
  }
}

export function addFigures(into: Figures, from: Figures): void {
  into.gold += from.gold;
  for (const key of Object.keys(from) as (keyof Figures)[]) {
    const v = from[key];
    if (typeof v === "object") {
      (into[key] as Tally).ok += v.ok;
      (into[key] as Tally).n += v.n;
    }
  }
}

export function percent(t: Tally): string {
  return t.n ? `${((100 * t.ok) / t.n).toFixed(1)}% (${t.ok}/${t.n})` : "n/a";
}
