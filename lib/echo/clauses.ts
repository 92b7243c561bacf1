// Directive clauses: the units a central directive and a provincial echo are compared by.
import markersFile from "@/data/directive-markers.json";

export type ClauseKind = "enumerated" | "modal" | "imperative";

/** A directive clause; start and end index the text it was split from. */
export interface ClauseSpan {
  start: number;
  end: number;
  text: string;
  kind: ClauseKind;
}

export interface DirectiveMarkers {
  modals: string[];
  notModal: string[];
  enumerators: string[];
  imperativeOpeners: string[];
  reportingVerbs: string[];
}

export const DIRECTIVE_MARKERS: DirectiveMarkers = markersFile;

/** Fewer Han characters than this is a headline fragment or a connective, not a directive. */
const MIN_HAN = 8;
const HAN = /[\u3400-\u9fff]/g;
const SENTENCE_END = /[。！？；!?;\n]+[”’」』）)]*/g;

/** Sentence spans of a text: each ends after its terminator (and any closing quote that follows). */
function sentenceSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    const end = m.index + m[0].length;
    spans.push({ start, end });
    start = end;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Compiled once per marker set. */
function compile(markers: DirectiveMarkers) {
  const alternatives = (words: string[]) => [...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|");
  return {
    // An enumerator that opens a point in the middle of a sentence ("包括：——要…").
    innerEnumerator: new RegExp(`(?<=[：:，,])(?=${alternatives(markers.enumerators.filter((e) => e.startsWith("—")))})`, "g"),
    enumeratorStart: new RegExp(`^(?:${alternatives(markers.enumerators)})`),
    notModal: new RegExp(alternatives(markers.notModal), "g"),
    modal: new RegExp(alternatives(markers.modals)),
    framing: new RegExp(`^[^，。：]{0,30}?(?:${alternatives(markers.reportingVerbs)})[，：:]`),
    opener: new RegExp(`^(?:${alternatives(markers.imperativeOpeners)})`),
  };
}

const compiled = new WeakMap<DirectiveMarkers, ReturnType<typeof compile>>();

function patterns(markers: DirectiveMarkers): ReturnType<typeof compile> {
  let re = compiled.get(markers);
  if (!re) compiled.set(markers, (re = compile(markers)));
  return re;
}

/** Is this sentence a directive, and what marks it as one? */
export function directiveKind(sentence: string, markers: DirectiveMarkers = DIRECTIVE_MARKERS): ClauseKind | null {
  const re = patterns(markers);
  const trimmed = sentence.trim();
  if (re.enumeratorStart.test(trimmed)) return "enumerated";
  if (re.modal.test(trimmed.replace(re.notModal, (w) => "＿".repeat(w.length)))) return "modal";
  const body = directiveBody(trimmed, markers).replace(/^(?:当前|同时|此外|另外)，/, "");
  return re.opener.test(body) ? "imperative" : null;
}

/**
 * The directive itself, without who said it ("新疆自治区党委书记马兴瑞指出，") : the part an echo is compared on.
 */
export function directiveBody(clause: string, markers: DirectiveMarkers = DIRECTIVE_MARKERS): string {
  const re = patterns(markers);
  return clause.trim().replace(re.framing, "");
}

/** Splits a statement's text into its directive clauses, with offsets into that text. */
export function directiveClauses(text: string, markers: DirectiveMarkers = DIRECTIVE_MARKERS): ClauseSpan[] {
  const re = patterns(markers);
  const clauses: ClauseSpan[] = [];
  for (const sentence of sentenceSpans(text)) {
    const cuts = [sentence.start];
    re.innerEnumerator.lastIndex = 0;
    const inner = text.slice(sentence.start, sentence.end);
    for (let m = re.innerEnumerator.exec(inner); m; m = re.innerEnumerator.exec(inner)) {
      if (m.index > 0) cuts.push(sentence.start + m.index);
      re.innerEnumerator.lastIndex = m.index + 1;
    }
    cuts.push(sentence.end);
    for (let i = 0; i + 1 < cuts.length; i++) {
      let start = cuts[i];
      let end = cuts[i + 1];
      while (start < end && /\s/.test(text[start])) start++;
      while (end > start && /\s/.test(text[end - 1])) end--;
      const clause = text.slice(start, end);
      if ((clause.match(HAN) ?? []).length < MIN_HAN) continue;
      const kind = directiveKind(clause, markers);
      if (kind) clauses.push({ start, end, text: clause, kind });
    }
  }
  return clauses;
}

/** The directive clauses of a text without who said them: the spans a reader sees marked. */
export function directiveBodySpans(text: string, markers: DirectiveMarkers = DIRECTIVE_MARKERS): { start: number; end: number }[] {
  // A clause is trimmed already, so its body is a suffix of it.
  return directiveClauses(text, markers).map((c) => ({ start: c.end - directiveBody(c.text, markers).length, end: c.end }));
}

const SKIPPABLE = /[\s\u200b-\u200d\u2060\ufeff*#>_]/;

/**
 * For each character of a cleaned text, its index in the raw text it was cleaned from (plus one
 * entry for the end). Cleaning drops whitespace and markup and swaps characters one for one
 * (traditional to simplified, widths), so a character is matched ahead only across skippable ones.
 */
export function cleanToRawOffsets(clean: string, raw: string): Int32Array {
  const map = new Int32Array(clean.length + 1);
  let j = 0;
  for (let i = 0; i < clean.length; i++) {
    let k = j;
    while (k < raw.length && raw[k] !== clean[i] && SKIPPABLE.test(raw[k])) k++;
    if (k < raw.length && raw[k] === clean[i]) j = k;
    else {
      // Cleaning dropped a few raw characters (pinyin noise, markup): resynchronise on what follows.
      const ahead = raw.indexOf(clean.slice(i, i + 3), j);
      if (clean.length - i >= 3 && ahead > j && ahead - j <= 12) j = ahead;
    }
    map[i] = Math.min(j, Math.max(raw.length - 1, 0));
    j++;
  }
  map[clean.length] = Math.min(j, raw.length);
  return map;
}

/** Raw [start, end) of clean [start, end), given cleanToRawOffsets' map. */
export function rawRange(map: Int32Array, start: number, end: number): [number, number] {
  if (end <= start) return [map[start], map[start]];
  return [map[start], map[end - 1] + 1];
}

/** A statement's directive clauses with offsets into the raw article text (like Statement.startChar). */
export function statementClauses(statement: { text: string; start: number; end: number }, articleRaw: string, markers: DirectiveMarkers = DIRECTIVE_MARKERS): ClauseSpan[] {
  const map = cleanToRawOffsets(statement.text, articleRaw.slice(statement.start, statement.end));
  return directiveClauses(statement.text, markers).map((c) => {
    const [start, end] = rawRange(map, c.start, c.end);
    return { ...c, start: statement.start + start, end: statement.start + end };
  });
}
