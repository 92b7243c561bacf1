// Marks where shared phrases occur in a clause, for highlighting on the trace page.
import { wordingOf } from "./detect";

export interface TextSegment {
  text: string;
  shared: boolean;
}

/**
 * Splits a clause into shared and other segments. Phrases are stored as wording (punctuation
 * dropped), so they are matched on the clause's wording and mapped back to its characters.
 */
export function sharedSegments(clause: string, phrases: string[]): TextSegment[] {
  const wording = wordingOf(clause);
  const marked = new Array<boolean>(clause.length).fill(false);
  for (const phrase of phrases) {
    if (!phrase) continue;
    for (let from = wording.text.indexOf(phrase); from !== -1; from = wording.text.indexOf(phrase, from + 1)) {
      const start = wording.at[from];
      const end = wording.at[from + phrase.length - 1];
      for (let i = start; i <= end; i++) marked[i] = true;
    }
  }
  const segments: TextSegment[] = [];
  for (let i = 0; i < clause.length; i++) {
    const last = segments[segments.length - 1];
    if (last && last.shared === marked[i]) last.text += clause[i];
    else segments.push({ text: clause[i], shared: marked[i] });
  }
  return segments;
}
