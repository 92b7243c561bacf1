// The wording two statements are compared on: what a province may change without changing what it
// repeats (numerals, punctuation, who is speaking) is taken out, and each character keeps its place
// in the statement so shared spans can be shown where they stand.
import { DIRECTIVE_MARKERS } from "./clauses";

export interface Wording {
  /** Han characters, letters and digits, numerals as Arabic digits. */
  text: string;
  /** Per character of text: its index in the statement. */
  at: number[];
  /** Per character of text: inside quotation marks in the statement. */
  quoted: boolean[];
}

const KEPT = /[\u3400-\u9fffA-Za-z0-9]/;
const OPEN_QUOTE = /[“「『‘"《]/;
const CLOSE_QUOTE = /[”」』’"》]/;
const SENTENCE_END = /[。！？；!?;\n]/;
/** The modal that opens most directives is grammar, not wording (要始终坚持 ~ 始终坚持); 必要, 重要 keep theirs. */
const MODAL = "要";
const NOT_MODAL = new RegExp(DIRECTIVE_MARKERS.notModal.join("|"), "g");

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Who says it at the head of a sentence (会议强调，/ 赵一德指出，/ 他要求，): not the wording repeated. */
const FRAMING = new RegExp(
  `^[^，。：；]{0,30}?(?:${[...DIRECTIVE_MARKERS.reportingVerbs].sort((a, b) => b.length - a.length).map(escape).join("|")})[，：:]`,
);

const DIGIT: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
/**
 * A Chinese numeral counting something (十五条, 二十条措施, 第九版, 三年行动): read as Arabic digits so it
 * meets 15条 and 20条. Only before a counter, so words built on numerals (统一, 一些, 十分) stay words.
 */
const COUNTED_NUMERAL = /(?<=第)[〇零一二两三四五六七八九十百]+|[〇零一二两三四五六七八九十百]+(?=条|项|个|方面|类|批|次|版|年|届|项|大|件|支|点|种|张|万|亿)/g;

export function chineseNumeral(s: string): number | null {
  if (!/^[〇零一二两三四五六七八九十百]+$/.test(s)) return null;
  if (!/[十百]/.test(s)) return [...s].reduce((n, c) => n * 10 + DIGIT[c], 0);
  let total = 0;
  let digit = 0;
  for (const c of s) {
    if (c === "百") {
      total += (digit || 1) * 100;
      digit = 0;
    } else if (c === "十") {
      total += (digit || 1) * 10;
      digit = 0;
    } else digit = DIGIT[c];
  }
  return total + digit;
}

/** Statement text with counted numerals in Arabic digits, and each character's index in the original. */
function withArabicNumerals(text: string): { text: string; at: number[] } {
  let out = "";
  const at: number[] = [];
  let from = 0;
  for (const m of text.matchAll(COUNTED_NUMERAL)) {
    const value = chineseNumeral(m[0]);
    // 一 before 大 or 年 is rarely a count worth reading (一大批, 一年来): only multi-character numerals there.
    if (value === null || (m[0].length === 1 && /[大年]/.test(text[m.index + 1] ?? ""))) continue;
    for (let i = from; i < m.index; i++) at.push(i);
    out += text.slice(from, m.index);
    const digits = String(value);
    for (let k = 0; k < digits.length; k++) at.push(m.index + Math.min(k, m[0].length - 1));
    out += digits;
    from = m.index + m[0].length;
  }
  for (let i = from; i < text.length; i++) at.push(i);
  out += text.slice(from);
  return { text: out, at };
}

/** Indices of the characters that open a sentence with who says it (会议强调，). */
function framingIndices(text: string): Set<number> {
  const skipped = new Set<number>();
  for (let start = 0; start < text.length; ) {
    let end = start;
    while (end < text.length && !SENTENCE_END.test(text[end])) end++;
    const m = FRAMING.exec(text.slice(start, end));
    if (m) for (let i = start; i < start + m[0].length; i++) skipped.add(i);
    start = end + 1;
  }
  return skipped;
}

/**
 * What qualifies a counted package between its count and 措施 (15条硬措施, 20条优化措施): a province names
 * the same package without it (国务院安委会15条措施), so the package reads 15条措施 either way.
 */
const PACKAGE_QUALIFIER = /(?<=[0-9][条项])[\u4e00-\u9fff]{1,3}?(?=措施|举措)/g;

/** The wording of a statement (already simplified and de-noised by the tagger). */
export function wordingOf(statement: string): Wording {
  const framing = framingIndices(statement);
  const keptModal = new Set<number>();
  for (const m of statement.matchAll(NOT_MODAL)) for (let i = m.index; i < m.index + m[0].length; i++) keptModal.add(i);
  const arabic = withArabicNumerals(statement);
  const qualifier = new Set<number>();
  for (const m of arabic.text.matchAll(PACKAGE_QUALIFIER)) for (let k = m.index; k < m.index + m[0].length; k++) qualifier.add(k);
  let text = "";
  const at: number[] = [];
  const quoted: boolean[] = [];
  let inQuote = false;
  for (let k = 0; k < arabic.text.length; k++) {
    const ch = arabic.text[k];
    const i = arabic.at[k];
    if (KEPT.test(ch)) {
      if (framing.has(i) || qualifier.has(k) || (ch === MODAL && !keptModal.has(i))) continue;
      text += ch;
      at.push(i);
      quoted.push(inQuote);
    } else if (OPEN_QUOTE.test(ch) && !(ch === '"' && inQuote)) inQuote = true;
    else if (CLOSE_QUOTE.test(ch)) inQuote = false;
  }
  return { text, at, quoted };
}
