import Link from "next/link";
import { notFound } from "next/navigation";
import { readDatabase } from "@/lib/db/client";
import { echoTrace, type EchoView } from "@/lib/db/echoes";
import { regionSummaries } from "@/lib/db/queries";
import { recordIdSchema } from "@/lib/filters";
import { localName, type Messages } from "@/lib/i18n";
import { requestLocale } from "@/app/locale";
import ChinaMap from "@/app/components/LazyChinaMap";
import SharedPhrases from "@/app/components/SharedPhrases";
import SourceLine from "@/app/components/SourceLine";
import { lagColouring, lagNote, NEVER_COLOUR, NO_ARTICLES_COLOUR, stateNote, UNDATED_ANSWER_COLOUR } from "@/app/components/echo-colouring";

export const dynamic = "force-dynamic";

function EchoItem({ echo, t }: { echo: EchoView; t: Messages }) {
  const { echo: statement } = echo;
  return (
    <li data-testid="echo" data-region={statement.region ?? ""} data-kind={echo.kind}>
      <div className="statement-meta">
        <span className="statement-speaker">{statement.region ?? "—"}</span>
        {statement.speaker ? ` · ${statement.speaker}` : ""}
        {statement.office ? ` · ${statement.office}` : ""}
        {statement.date ? ` · ${statement.date}` : ""} · <strong>{echo.kind === "cites" ? t.kindCites : t.kindEcho}</strong>
        {echo.citedEvent ? ` (${t.namesEvent(echo.citedEvent.text)})` : ""} · {lagNote(t, echo.lagDays)}
        {echo.score > 0 ? ` · ${t.score} ${echo.score.toFixed(1)}` : ""} · <Link href={`/article/${statement.articleId}#s-${statement.statementId}`}>{t.source}</Link>
      </div>
      <p className="statement-text">
        <SharedPhrases text={statement.text} spans={echo.spans} />
      </p>
    </li>
  );
}

export default async function TracePage({ params }: { params: Promise<{ statementId: string }> }) {
  const { locale, t } = await requestLocale();
  // Validate route params.
  const id = recordIdSchema.safeParse((await params).statementId);
  if (!id.success) notFound();
  const db = readDatabase();
  const [trace, regions] = await Promise.all([echoTrace(db, id.data), regionSummaries(db)]);
  if (!trace) notFound();

  const colouring = lagColouring(trace.regions, t);
  const answered = trace.regions
    .filter((r) => r.state === "echoed" || r.state === "cited")
    .sort((a, b) => (a.firstLagDays ?? Infinity) - (b.firstLagDays ?? Infinity));
  const { statement, window } = trace;
  const undatedAnswers = answered.some((r) => r.firstLagDays === null);
  const centralSpans = trace.echoes.flatMap((e) => e.spans.map((s) => ({ start: s.centralStart, end: s.centralEnd })));

  return (
    <>
      <section className="panel trace-head">
        <h1>{t.traceTitle}</h1>
        <p className="statement-meta">
          {statement.speaker ?? t.central} · {statement.date ?? "—"}
        </p>
        <p className="statement-source">
          <SourceLine
            article={{ source: statement.source, title: statement.articleTitle, date: statement.articleDate, url: statement.url }}
            articleHref={`/article/${statement.articleId}#s-${statement.id}`}
            alsoIn={[]}
            locale={locale}
          />
        </p>
        <p className="statement-text central-clause" data-testid="central-statement">
          <SharedPhrases text={statement.text} spans={centralSpans} />
        </p>
        <p className="statement-meta">
          {answered.length === 0 ? t.traceNone : t.traceEchoedBy(answered.length)}{" "}
          <a className="download-link" href={`/api/echoes?central=${statement.id}&format=csv&limit=10000`} download data-testid="trace-csv">
            {t.downloadEchoes}
          </a>
        </p>
      </section>
      <div className="map-layout">
        <section aria-label={t.traceMapLabel}>
          <ChinaMap regions={regions} locale={locale} colouring={colouring} />
          <p className="statement-meta trace-legend" data-testid="trace-legend">
            {window ? t.traceWindow(window.from, window.to, window.days) : t.traceNoWindow}
            {window?.loose ? ` ${t.traceWindowLoose}` : ""} {t.traceLegend}{" "}
            <span className="swatch" style={{ background: NEVER_COLOUR }} /> {t.stateSilent};{" "}
            <span className="swatch" style={{ background: NO_ARTICLES_COLOUR }} /> {t.stateNoArticles}
            {undatedAnswers ? (
              <>
                ; <span className="swatch" style={{ background: UNDATED_ANSWER_COLOUR }} /> {t.stateAnsweredUndated}
              </>
            ) : null}
            .
          </p>
          <h2 className="trace-timeline-heading">{t.timeline}</h2>
          {answered.length === 0 ? (
            <p className="empty-state">{t.noEchoesYet}</p>
          ) : (
            <ol className="echo-timeline" aria-label={t.echoOrder}>
              <li className="echo-timeline-origin">
                <span className="echo-day">{statement.date ?? "+0 d"}</span> {t.centralIssues}
              </li>
              {answered.map((r) => (
                <li key={r.code} data-testid="timeline-region" data-state={r.state}>
                  <span className="echo-day">{r.firstLagDays === null ? "—" : `+${r.firstLagDays} d`}</span>{" "}
                  <Link href={`/province/${r.code}`}>{localName(locale, r)}</Link>{" "}
                  <span className="statement-meta">{stateNote(t, r.state)}</span>
                </li>
              ))}
            </ol>
          )}
        </section>
        <aside className="panel" aria-label={t.echoesOfDirective} data-testid="trace-echoes">
          <h2>{t.echoesOfDirective}</h2>
          {trace.echoes.length === 0 ? (
            <p className="statement-meta">{t.echoedByNoRegion}</p>
          ) : (
            <ul className="statement-list echo-list">
              {trace.echoes.map((e) => (
                <EchoItem key={e.id} echo={e} t={t} />
              ))}
            </ul>
          )}
        </aside>
      </div>
    </>
  );
}
