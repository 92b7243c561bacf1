import * as OpenCC from "opencc-js";

/** Clean text plus, for each of its characters, the index of the raw character it came from. */
export interface NormalizedText {
  text: string;
  toRaw: Int32Array;
  rawLength: number;
}

export interface Edit {
  start: number;
  end: number;
  replacement: string;
}

/** Applies non-overlapping edits (sorted by start) and carries the raw-offset map along. */
export function applyEdits(source: NormalizedText, edits: Edit[]): NormalizedText {
  if (edits.length === 0) return source;
  const { text, toRaw } = source;
  let delta = 0;
  for (const e of edits) delta += e.replacement.length - (e.end - e.start);
  const map = new Int32Array(text.length + delta);
  const parts: string[] = [];
  let at = 0;
  let out = 0;
  for (const e of edits) {
    parts.push(text.slice(at, e.start));
    map.set(toRaw.subarray(at, e.start), out);
    out += e.start - at;
    parts.push(e.replacement);
    const matched = text.slice(e.start, e.end);
    for (let i = 0; i < e.replacement.length; i++) {
      // A kept character maps to where it was; a new one to the start of what it replaced.
      const found = matched.lastIndexOf(e.replacement[i]);
      map[out + i] = toRaw[e.start + (found >= 0 ? found : e.replacement.length === matched.length ? i : 0)];
    }
    out += e.replacement.length;
    at = e.end;
  }
  parts.push(text.slice(at));
  map.set(toRaw.subarray(at), out);
  return { text: parts.join(""), toRaw: map, rawLength: source.rawLength };
}

export function editsFor(text: string, pattern: RegExp, replace: (m: RegExpExecArray) => string): Edit[] {
  const edits: Edit[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    const replacement = replace(m);
    if (replacement !== m[0]) edits.push({ start: m.index, end: m.index + m[0].length, replacement });
  }
  return edits;
}

/** Raw [start, end) covering clean [start, end). */
export function rawSpan(norm: NormalizedText, start: number, end: number): [number, number] {
  if (end <= start) {
    const at = start < norm.toRaw.length ? norm.toRaw[start] : norm.rawLength;
    return [at, at];
  }
  return [norm.toRaw[start], norm.toRaw[end - 1] + 1];
}

const invisible = /[\uFFFD\uFEFF\u200B-\u200D\u2060\r]+/g;
// ![](url) with an optional _caption_ right after it.
const markdownImage = /!\[[^\]\n]*\]\([^)\n]*\)(?:_[^_\n]*_)?/g;
const markdownMarkup = /\*\*|__|^[ \t]*#{1,6}[ \t]+|^[ \t]*>[ \t]?/gm;
// A parenthesised pinyin syllable with a tone mark right after a Han character: 發(fā)布.
const toneMarks = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ";
const pinyinNoise = new RegExp(
  `(?<=[\\u3400-\\u9fff])[(（](?=[a-zü]{0,6}[${toneMarks}])[a-zü${toneMarks}]{1,7}[)）]`,
  "g",
);
const punctuationRun = /[，、。；：！？]{2,}/g;

const halfToFull: Record<string, string> = { ",": "，", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）" };

const widthVariant = /[０-９Ａ-Ｚａ-ｚ\u3000\uff5c:,;?!()]/g;
const isDigit = (ch: string | undefined) => ch !== undefined && ch >= "0" && ch <= "9";

/** One-for-one replacements, so the offset map stays as it is. */
function unifyWidths(text: string): string {
  return text.replace(widthVariant, (ch: string, at: number) => {
    const code = ch.charCodeAt(0);
    if (code >= 0xff10) return code === 0xff5c ? "|" : String.fromCharCode(code - 0xfee0);
    if (code === 0x3000) return " ";
    // 10:30 and 1,000 keep their ASCII marks.
    if ((ch === ":" || ch === ",") && isDigit(text[at - 1]) && isDigit(text[at + 1])) return ch;
    return halfToFull[ch] ?? "：";
  });
}

/** ",," → "，"; ",。" → "。"; ",、" → "、": drop commas that precede other punctuation, then repeats. */
function collapsePunctuation(run: string): string {
  let out = "";
  for (let i = 0; i < run.length; i++) {
    const ch = run[i];
    if (ch === "，" && i < run.length - 1) continue;
    if (out.endsWith(ch)) continue;
    out += ch;
  }
  return out;
}

const toSimplified = OpenCC.Converter({ from: "tw", to: "cn" });

/** Unconditional traditional→simplified conversion, for short text such as a search query. */
export function traditionalToSimplified(text: string): string {
  return toSimplified(text);
}
const hanPattern = /[\u4e00-\u9fff]/g;

/** Converts traditional text to simplified, but leaves simplified text alone (tw→cn would turn 显著 into 显着). */
// Frequent characters that exist only in traditional script; text with none of them is not converted.
const traditionalOnly = /[們個這來時會說國為與經發過對後長動現關點從於體際開學問機進還區應實議黨書記習總會導統組織強調協衛醫療藥檢測隔離級現參與當義務聯網華]/;

function simplify(source: NormalizedText): NormalizedText {
  const { text } = source;
  if (!traditionalOnly.test(text)) return source;
  const converted = toSimplified(text);
  if (converted === text) return source;
  let changed = 0;
  const sameLength = converted.length === text.length;
  if (sameLength) for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) !== converted.charCodeAt(i)) changed++;
  const han = (text.match(hanPattern) ?? []).length;
  if (sameLength && (changed < 3 || changed * 100 < han)) return source;
  if (sameLength) return { text: converted, toRaw: source.toRaw, rawLength: source.rawLength };
  // Conversion changed the length somewhere: convert line by line and keep only length-preserving lines.
  const lines = text.split("\n").map((line) => {
    const c = toSimplified(line);
    return c.length === line.length ? c : line;
  });
  return { text: lines.join("\n"), toRaw: source.toRaw, rawLength: source.rawLength };
}

/** Cleans a raw article: invisible characters, markdown, pinyin noise, widths, traditional script, doubled punctuation. */
export function normalizeText(raw: string): NormalizedText {
  const toRaw = new Int32Array(raw.length);
  for (let i = 0; i < raw.length; i++) toRaw[i] = i;
  let norm: NormalizedText = { text: raw, toRaw, rawLength: raw.length };
  norm = applyEdits(norm, editsFor(norm.text, invisible, () => ""));
  norm = applyEdits(norm, editsFor(norm.text, markdownImage, () => ""));
  norm = applyEdits(norm, editsFor(norm.text, markdownMarkup, () => ""));
  norm = applyEdits(norm, editsFor(norm.text, pinyinNoise, () => ""));
  const unified = unifyWidths(norm.text);
  if (unified !== norm.text) norm = { ...norm, text: unified };
  norm = simplify(norm);
  norm = applyEdits(norm, editsFor(norm.text, punctuationRun, (m) => collapsePunctuation(m[0])));
  return norm;
}
