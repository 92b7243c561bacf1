import { cut, tag } from "jieba-wasm";

// jieba's HMM joins an unknown name into one word (裴永波, 王宁, 张壮); a known one is a dictionary
// word tagged nr; other dictionary words (明确, 班子) carry their own tags. Only short windows are cut,
// and a word's tag is looked up once: jieba's tag() costs a millisecond a call, its cut() a twentieth.
const window = 8;
const tagCache = new Map<string, string>();
const tagCacheLimit = 50_000;
const verbCache = new Map<string, boolean>();

/** The part of speech of one word: its dictionary tag, or x for a word the dictionary does not hold. */
function partOfSpeech(word: string): string {
  let known = tagCache.get(word);
  if (known === undefined) {
    known = cut(word, false).length === 1 ? (tag(word, false)[0]?.tag ?? "x") : "x";
    if (tagCache.size >= tagCacheLimit) tagCache.clear();
    tagCache.set(word, known);
  }
  return known;
}

function isNameWord(word: string): boolean {
  if (!/^[\u3400-\u9fff·]{2,}$/.test(word)) return false;
  const pos = partOfSpeech(word);
  return pos === "x" || pos.startsWith("nr");
}

/** The name the segmenter reads right before `end` (the 王宁 of 王宁强调), or null when the word there is no name. */
export function nameBefore(text: string, end: number): { start: number; word: string } | null {
  const words = cut(text.slice(Math.max(0, end - window), end), true);
  const last = words[words.length - 1];
  return last && isNameWord(last) ? { start: end - last.length, word: last } : null;
}

/** The name the segmenter reads starting at `at` (安伟 of 安伟主持召开), or null when the word there is no name. */
export function nameAt(text: string, at: number): string | null {
  const first = cut(text.slice(at, at + window), true)[0];
  return first && first.length <= 4 && isNameWord(first) ? first : null;
}

/** Whether the segmenter reads a dictionary word other than a name: 班子, 明确, 群众. */
export function isCommonWord(candidate: string): boolean {
  const pos = partOfSpeech(candidate);
  return pos !== "x" && !pos.startsWith("nr");
}

/** Whether the text at `at` starts with a verb or adverb (带领, 充分肯定): what follows a subject. */
export function startsWithVerb(text: string, at: number): boolean {
  const opening = text.slice(at, at + 4);
  let verb = verbCache.get(opening);
  if (verb === undefined) {
    const first = cut(opening, true)[0];
    verb = first !== undefined && /^(?:v|d)/.test(partOfSpeech(first));
    if (verbCache.size >= tagCacheLimit) verbCache.clear();
    verbCache.set(opening, verb);
  }
  return verb;
}
