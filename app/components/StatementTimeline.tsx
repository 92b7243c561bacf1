import type { StatementView } from "@/lib/definitions";
import { daysBetween } from "@/lib/central-followers";
import { NO_SPEAKER, speakerColours } from "./speaker-colours";

const WIDTH = 800;
const ROW = 9;
const MARGIN = 24;
/** Same-day statements stack up to this many, then start a new column beside. */
const STACK = 8;

/** Each dated statement as a dot on a time axis, coloured by speaker; same-day statements stack. */
export default function StatementTimeline({
  statements,
  label,
  unattributedLabel,
}: {
  statements: StatementView[];
  label: string;
  /** The legend's name for statements with no speaker. */
  unattributedLabel: string;
}) {
  const dated = statements.filter((s) => s.date).sort((a, b) => a.date!.localeCompare(b.date!) || a.id - b.id);
  if (dated.length === 0) return null;
  const first = dated[0].date!;
  const last = dated.at(-1)!.date!;
  const span = daysBetween(first, last);
  const colours = speakerColours(dated.map((s) => s.speaker));
  const stackHeight = new Map<string, number>();
  const dots = dated.map((s) => {
    const index = stackHeight.get(s.date!) ?? 0;
    stackHeight.set(s.date!, index + 1);
    // One day only: the dots sit in the middle of the axis.
    const x = span === 0 ? WIDTH / 2 : MARGIN + ((WIDTH - 2 * MARGIN) * daysBetween(first, s.date!)) / span;
    return { s, x: x + Math.floor(index / STACK) * ROW, level: index % STACK };
  });
  const height = MARGIN * 2 + ROW * Math.min(STACK, Math.max(...stackHeight.values()));
  return (
    <figure className="timeline" data-testid="timeline">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={label}>
        <line x1={MARGIN} x2={WIDTH - MARGIN} y1={height - MARGIN} y2={height - MARGIN} stroke="#888" />
        {dots.map(({ s, x, level }) => (
          <circle key={s.id} cx={x} cy={height - MARGIN - 6 - level * ROW} r={4} fill={colours.get(s.speaker ?? NO_SPEAKER)}>
            <title>{`${s.date} ${s.speaker ?? ""}: ${s.text.slice(0, 60)}`}</title>
          </circle>
        ))}
        <text x={span === 0 ? WIDTH / 2 : MARGIN} y={height - 6} fontSize="12" fill="#555" textAnchor={span === 0 ? "middle" : "start"}>
          {first}
        </text>
        {span > 0 ? (
          <text x={WIDTH - MARGIN} y={height - 6} fontSize="12" fill="#555" textAnchor="end">
            {last}
          </text>
        ) : null}
      </svg>
      <figcaption>
        <ul className="speaker-legend">
          {[...colours].map(([speaker, colour]) => (
            <li key={speaker}>
              <span className="swatch" style={{ background: colour }} /> {speaker === NO_SPEAKER ? unattributedLabel : speaker}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
