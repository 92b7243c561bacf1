import Link from "next/link";
import { notFound } from "next/navigation";
import { readDatabase } from "@/lib/db/client";
import { echoTrace, type EchoView } from "@/lib/db/echoes";
import { regionSummaries } from "@/lib/db/queries";
import { sharedSegments } from "@/lib/echo/highlight";
import { recordIdSchema } from "@/lib/filters";
import ChinaMap from "@/app/components/ChinaMap";
import { lagColouring, lagNote, NEVER_COLOUR } from "@/app/components/echo-colouring";

export const dynamic = "force-dynamic";

function Highlighted({ text, phrases }: { text: string; phrases: string[] }) {
  return (
    <>
      {sharedSegments(text, phrases).map((segment, i) =>
        segment.shared ? (
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

function EchoItem({ echo }: { echo: EchoView }) {
  const { echo: clause } = echo;
  return (
    <li data-testid="echo" data-region={clause.region ?? ""}>
      <div className="statement-meta">
        <span className="statement-speaker">{clause.region ?? "—"}</span>
        {clause.speaker ? ` · ${clause.speaker}` : ""}
        {clause.office ? ` · ${clause.office}` : ""}
        {clause.date ? ` · ${clause.date}` : ""} · {lagNote(echo.lagDays)} · score {echo.score.toFixed(2)} ·{" "}
        <Link href={`/article/${clause.articleId}#s-${clause.statementId}`}>source</Link>
      </div>
      <p className="statement-text">
        <Highlighted text={clause.text} phrases={echo.sharedPhrases} />
      </p>
    </li>
  );
}

export default async function TracePage({ params }: { params: Promise<{ statementId: string }> }) {
  // Validate route params.
  const id = recordIdSchema.safeParse((await params).statementId);
  if (!id.success) notFound();
  const db = readDatabase();
  const [trace, regions] = await Promise.all([echoTrace(db, id.data), regionSummaries(db)]);
  if (!trace) notFound();

  const colouring = lagColouring(trace.regions);
  const echoed = trace.regions.filter((r) => r.firstLagDays !== null).sort((a, b) => a.firstLagDays! - b.firstLagDays!);
  const { statement } = trace;

  return (
    <>
      <section className="panel trace-head">
        <h1>Trace 追踪: who echoed this central directive</h1>
        <p className="statement-meta">
          {statement.speaker ?? "中央"} · {statement.date ?? "undated"} ·{" "}
          <Link href={`/article/${statement.articleId}#s-${statement.id}`}>{statement.articleTitle ?? "source article"}</Link>
        </p>
        <p className="statement-meta">
          {echoed.length === 0
            ? "No province or city has echoed it in the articles loaded."
            : `Echoed by ${echoed.length} region${echoed.length === 1 ? "" : "s"} within the window.`}
        </p>
      </section>
      <div className="map-layout">
        <section aria-label="Map of how soon each region echoed the directive">
          <ChinaMap regions={regions} colouring={colouring} />
          <p className="statement-meta trace-legend">
            Colour: days from the directive to the region&apos;s first echo (dark = same day).{" "}
            <span className="swatch" style={{ background: NEVER_COLOUR }} /> never echoed.
          </p>
          <h2 className="trace-timeline-heading">Timeline</h2>
          {echoed.length === 0 ? (
            <p className="empty-state">No echoes yet.</p>
          ) : (
            <ol className="echo-timeline" aria-label="Regions in the order they echoed">
              <li className="echo-timeline-origin">
                <span className="echo-day">{statement.date ?? "day 0"}</span> 中央 issues the directive
              </li>
              {echoed.map((r) => (
                <li key={r.code} data-testid="timeline-region">
                  <span className="echo-day">+{r.firstLagDays} d</span>{" "}
                  <Link href={`/province/${r.code}`}>
                    {r.name} {r.nameEn}
                  </Link>{" "}
                  <span className="statement-meta">{lagNote(r.firstLagDays, r.echoes)}</span>
                </li>
              ))}
            </ol>
          )}
        </section>
        <aside className="panel" aria-label="Directive clauses and their echoes" data-testid="trace-clauses">
          <h2>The directive, clause by clause</h2>
          {trace.clauses.length === 0 ? <p className="empty-state">This statement holds no directive clause (a report, not an instruction).</p> : null}
          {trace.clauses.map((clause) => (
            <article key={clause.id} className="trace-clause" data-testid="central-clause">
              <p className="statement-text central-clause" data-testid="central-clause-text">
                <Highlighted text={clause.text} phrases={clause.echoes.flatMap((e) => e.sharedPhrases)} />
              </p>
              {clause.echoes.length === 0 ? (
                <p className="statement-meta">Echoed by no region.</p>
              ) : (
                <ul className="statement-list echo-list">
                  {clause.echoes.map((e) => (
                    <EchoItem key={e.id} echo={e} />
                  ))}
                </ul>
              )}
            </article>
          ))}
        </aside>
      </div>
    </>
  );
}
