import { sharedSegments } from "@/lib/echo/highlight";

/** A clause with the phrases it shares with its echo (or its source) marked. */
export default function SharedPhrases({ text, phrases }: { text: string; phrases: string[] }) {
  return (
    <>
      {sharedSegments(text, phrases).map((segment, i) =>
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
