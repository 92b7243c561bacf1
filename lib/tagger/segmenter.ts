import { tag } from "jieba-wasm";

// jieba's HMM joins an unknown name into one word (裴永波, 王宁, 张壮) and tags it x; a known one is
// nr; a dictionary word (明确, 严格) carries its own tag. It is read on a short window only: a full
// segmentation of every article would cost more than the rest of the tagger.
const window = 8;

/** The name the segmenter reads right before `end` (the 王宁 of 王宁强调), or null when the word there is no name. */
export function nameBefore(text: string, end: number): { start: number; word: string } | null {
  const from = Math.max(0, end - window);
  const words = tag(text.slice(from, end), true);
  const last = words[words.length - 1];
  if (!last || !/^[\u3400-\u9fff·]{2,}$/.test(last.word)) return null;
  if (last.tag !== "x" && !last.tag.startsWith("nr")) return null;
  return { start: end - last.word.length, word: last.word };
}

/** Whether the segmenter reads a dictionary word other than a name: 班子, 明确, 群众. */
export function isCommonWord(candidate: string): boolean {
  const words = tag(candidate, false);
  return words.length === 1 && words[0].tag !== "x" && !words[0].tag.startsWith("nr");
}

/** Whether the text at `at` starts with a verb or adverb (带领, 通报, 充分肯定): what follows a subject. */
export function startsWithVerb(text: string, at: number): boolean {
  const first = tag(text.slice(at, at + 4), true)[0];
  return first !== undefined && /^(?:v|d)/.test(first.tag);
}

/** The name the segmenter reads starting at `at` (安伟 of 安伟主持召开), or null when the word there is no name. */
export function nameAt(text: string, at: number): string | null {
  const first = tag(text.slice(at, at + window), true)[0];
  if (!first || !/^[\u3400-\u9fff]{2,4}$/.test(first.word)) return null;
  return first.tag === "x" || first.tag.startsWith("nr") ? first.word : null;
}
