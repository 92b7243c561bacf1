// Marks the spans two statements share, for highlighting on the trace, region and compare views.
import { segmentsFromMarks, type HighlightSegment } from "@/lib/highlight";

/** Splits a statement into shared and other segments, given the shared spans' [start, end) in it. */
export function sharedSegments(text: string, spans: { start: number; end: number }[]): HighlightSegment[] {
  const marked = new Array<boolean>(text.length).fill(false);
  for (const { start, end } of spans) for (let i = Math.max(0, start); i < Math.min(end, text.length); i++) marked[i] = true;
  return segmentsFromMarks(text, marked);
}
