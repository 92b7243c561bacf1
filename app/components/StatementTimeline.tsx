import type { StatementView } from "@/lib/definitions";
import { firstSentence } from "@/lib/db/queries";
import type { Locale } from "@/lib/i18n";
import TimelineChart from "./LazyTimelineChart";

/**
 * A page's dated statements on a real date axis: a row per speaker (a region's page) or per office
 * (a leader's), so a leader's moves and the quiet stretches between statements show.
 */
export default function StatementTimeline({
  statements,
  label,
  rowOf,
  lang = null,
}: {
  statements: StatementView[];
  label: string;
  /** The row a statement sits on. */
  rowOf: (statement: StatementView) => string;
  lang?: Locale | null;
}) {
  const points = statements.flatMap((s) =>
    s.date ? [{ id: s.id, date: s.date, row: rowOf(s), text: firstSentence(s.text, 60), articleId: s.articleId }] : [],
  );
  if (points.length === 0) return null;
  return (
    <figure className="timeline" data-testid="timeline" aria-label={label}>
      <TimelineChart points={points} label={label} lang={lang} />
    </figure>
  );
}
