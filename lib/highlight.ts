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
  const segments: HighlightSegment[] = [];
  for (let i = 0; i < text.length; i++) {
    const last = segments.at(-1);
    if (last && last.match === marked[i]) last.text += text[i];
    else segments.push({ text: text[i], match: marked[i] });
  }
  return segments;
}
