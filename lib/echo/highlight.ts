// Marks where shared phrases occur in a clause, for highlighting on the trace page.
import { segmentsFromMarks, type HighlightSegment } from "@/lib/highlight";
import { wordingOf } from "./detect";

/**
 * Splits a clause into shared and other segments. Phrases are stored as wording (punctuation
 * dropped), so they are matched on the clause's wording and mapped back to its characters.
 */
export function sharedSegments(clause: string, phrases: string[]): HighlightSegment[] {
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
  return segmentsFromMarks(clause, marked);
}
