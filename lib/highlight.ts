export interface HighlightSegment {
  text: string;
  match: boolean;
}

/** Splits text into runs that match one of the terms (case-insensitive) and runs that do not. */
export function highlightSegments(text: string, terms: string[]): HighlightSegment[] {
  const wanted = terms.filter(Boolean).map((t) => t.toLowerCase());
  if (wanted.length === 0) return [{ text, match: false }];
  const lower = text.toLowerCase();
  const marked = new Array<boolean>(text.length).fill(false);
  for (const term of wanted) {
    for (let at = lower.indexOf(term); at !== -1; at = lower.indexOf(term, at + 1)) marked.fill(true, at, at + term.length);
  }
  return segmentsFromMarks(text, marked);
}

/**
 * The statement text in runs, each run inside or outside a directive clause, with search terms
 * marked within each run.
 */
export function directiveSegments(text: string, directives: { start: number; end: number }[], terms: string[]): { directive: boolean; segments: HighlightSegment[] }[] {
  const runs: { directive: boolean; segments: HighlightSegment[] }[] = [];
  let at = 0;
  for (const d of [...directives].sort((a, b) => a.start - b.start)) {
    if (d.start < at) continue;
    if (d.start > at) runs.push({ directive: false, segments: highlightSegments(text.slice(at, d.start), terms) });
    runs.push({ directive: true, segments: highlightSegments(text.slice(d.start, d.end), terms) });
    at = d.end;
  }
  if (at < text.length) runs.push({ directive: false, segments: highlightSegments(text.slice(at), terms) });
  return runs;
}

/** Runs of text whose characters are all marked, or all unmarked. */
export function segmentsFromMarks(text: string, marked: boolean[]): HighlightSegment[] {
  const segments: HighlightSegment[] = [];
  for (let i = 0; i < text.length; i++) {
    const last = segments.at(-1);
    if (last && last.match === marked[i]) last.text += text[i];
    else segments.push({ text: text[i], match: marked[i] });
  }
  return segments;
}
