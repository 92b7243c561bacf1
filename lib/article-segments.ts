// Splits an article's raw text into highlighted statements and the plain text between them.

export interface SpanRef {
  id: number;
  start: number;
  end: number;
}

export type Segment = { kind: "plain"; text: string } | { kind: "statement"; text: string; statementId: number };

/** Statements in text order; an overlapping statement is cut to start where the previous one ended. */
export function articleSegments(content: string, statements: SpanRef[]): Segment[] {
  const segments: Segment[] = [];
  let cursor = 0;
  for (const s of [...statements].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const start = Math.max(s.start, cursor);
    const end = Math.min(s.end, content.length);
    if (end <= start) continue;
    if (start > cursor) segments.push({ kind: "plain", text: content.slice(cursor, start) });
    segments.push({ kind: "statement", text: content.slice(start, end), statementId: s.id });
    cursor = end;
  }
  if (cursor < content.length) segments.push({ kind: "plain", text: content.slice(cursor) });
  return segments;
}
