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
import { lagColouring, lagNote, NEVER_COLOUR } from "@/app/components/echo-colouring";

export const dynamic = "force-dynamic";

function EchoItem({ echo, t }: { echo: EchoView; t: Messages }) {
  const { echo: clause } = echo;
  return (
    <li data-testid="echo" data-region={clause.region ?? ""}>
      <div className="statement-meta">
        <span className="statement-speaker">{clause.region ?? "—"}</span>
        {clause.speaker ? ` · ${clause.speaker}` : ""}
        {clause.office ? ` · ${clause.office}` : ""}
        {clause.date ? ` · ${clause.date}` : ""} · {lagNote(t, echo.lagDays)} · {t.score} {echo.score.toFixed(2)} ·{" "}
        <Link href={`/article/${clause.articleId}#s-${clause.statementId}`}>{t.source}</Link>
      </div>
      <p className="statement-text">
        <SharedPhrases text={clause.text} phrases={echo.sharedPhrases} />
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
  const echoed = trace.regions.filter((r) => r.firstLagDays !== null).sort((a, b) => a.firstLagDays! - b.firstLagDays!);
  const { statement } = trace;

  return (
    <>
      <section className="panel trace-head">
        <h1>{t.traceTitle}</h1>
        <p className="statement-meta">
          {statement.speaker ?? t.central} · {statement.date ?? "—"} ·{" "}
          <Link href={`/article/${statement.articleId}#s-${statement.id}`}>{statement.articleTitle ?? t.sourceArticle}</Link>
        </p>
        <p className="statement-meta">
          {echoed.length === 0 ? t.traceNone : t.traceEchoedBy(echoed.length)}
        </p>
      </section>
      <div className="map-layout">
        <section aria-label={t.traceMapLabel}>
          <ChinaMap regions={regions} locale={locale} colouring={colouring} />
          <p className="statement-meta trace-legend">
            {t.traceLegend} <span className="swatch" style={{ background: NEVER_COLOUR }} /> {t.neverEchoed}.
          </p>
          <h2 className="trace-timeline-heading">{t.timeline}</h2>
          {echoed.length === 0 ? (
            <p className="empty-state">{t.noEchoesYet}</p>
          ) : (
            <ol className="echo-timeline" aria-label={t.echoOrder}>
              <li className="echo-timeline-origin">
                <span className="echo-day">{statement.date ?? "+0 d"}</span> {t.centralIssues}
              </li>
              {echoed.map((r) => (
                <li key={r.code} data-testid="timeline-region">
                  <span className="echo-day">+{r.firstLagDays} d</span>{" "}
                  <Link href={`/province/${r.code}`}>{localName(locale, r)}</Link>{" "}
                  <span className="statement-meta">{lagNote(t, r.firstLagDays, r.echoes)}</span>
                </li>
              ))}
            </ol>
          )}
        </section>
        <aside className="panel" aria-label={t.clausesAndEchoes} data-testid="trace-clauses">
          <h2>{t.clauseByClause}</h2>
          {trace.clauses.length === 0 ? <p className="empty-state">{t.noClauses}</p> : null}
          {trace.clauses.map((clause) => (
            <article key={clause.id} className="trace-clause" data-testid="central-clause">
              <p className="statement-text central-clause" data-testid="central-clause-text">
                <SharedPhrases text={clause.text} phrases={clause.echoes.flatMap((e) => e.sharedPhrases)} />
              </p>
              {clause.echoes.length === 0 ? (
                <p className="statement-meta">{t.echoedByNoRegion}</p>
              ) : (
                <ul className="statement-list echo-list">
                  {clause.echoes.map((e) => (
                    <EchoItem key={e.id} echo={e} t={t} />
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
