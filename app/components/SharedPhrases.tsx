import { sharedSegments } from "@/lib/echo/highlight";

/** A statement with the spans it shares with its echo (or its source) marked. */
export default function SharedPhrases({ text, spans }: { text: string; spans: { start: number; end: number }[] }) {
  return (
    <>
      {sharedSegments(text, spans).map((segment, i) =>
        segment.match ? (
          <mark key={i} className="shared-phrase" data-testid="shared-phrase">
            {segment.text}
          </mark>
        ) : (
          segment.text
        ),
      )}
    </>
  );
}
