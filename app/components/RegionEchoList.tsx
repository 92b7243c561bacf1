import Link from "next/link";
import type { RegionEchoes } from "@/lib/db/echoes";
import { messagesFor, type Locale } from "@/lib/i18n";
import { lagNote } from "./echo-colouring";
import SharedPhrases from "./SharedPhrases";
import TitledPanel from "./TitledPanel";

/** A region's echoes and cites of central directives, each beside its central statement, and its directives that carry out none. */
export default function RegionEchoList({ echoes, locale }: { echoes: RegionEchoes; locale: Locale }) {
  const t = messagesFor(locale);
  return (
    <>
      <TitledPanel id="echoes" title={t.echoesHeading} hint={t.echoesHint} testId="region-echoes">
        {echoes.echoes.length === 0 ? (
          <p className="empty-state">{t.noEchoes}</p>
        ) : (
          <table className="region-table beside-central">
            <tbody>
              {echoes.echoes.map((e) => (
                <tr key={e.id} data-testid="region-echo" data-kind={e.kind}>
                  <td>
                    <span className="statement-meta">
                      {e.central.date} · {e.central.speaker ?? t.central} · <Link href={`/trace/${e.central.statementId}`}>{t.trace}</Link>
                    </span>
                    <br />
                    <SharedPhrases text={e.central.text} spans={e.spans.map((s) => ({ start: s.centralStart, end: s.centralEnd }))} />
                  </td>
                  <td>
                    <strong>{e.kind === "cites" ? t.kindCites : t.kindEcho}</strong>
                    {e.citedEvent ? ` (${t.namesEvent(e.citedEvent.text)})` : ""} · <span className="lag">{lagNote(t, e.lagDays)}</span> {e.echo.date} ·{" "}
                    {e.echo.speaker ?? "—"} · <Link href={`/article/${e.echo.articleId}#s-${e.echo.statementId}`}>{t.source}</Link>
                    <br />
                    <SharedPhrases text={e.echo.text} spans={e.spans} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </TitledPanel>
      {echoes.localInitiatives.length > 0 ? (
        <TitledPanel id="local" title={t.localInitiatives} hint={t.localInitiativesHint(echoes.windowDays)} testId="local-initiatives">
          <ul className="compact-list">
            {echoes.localInitiatives.map((s) => (
              <li key={s.statementId} data-state={s.state}>
                <span className="statement-meta">
                  {s.date ?? "—"} · {s.speaker ?? t.unattributed} · {s.state === "silent" ? t.initiativeSilent : t.initiativeNoArticles}
                </span>
                <ul>
                  {s.clauses.map((clause, i) => (
                    <li key={i}>{clause}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </TitledPanel>
      ) : null}
      {echoes.unloadedCites.length > 0 ? (
        <TitledPanel id="cited" title={t.unloadedCites} hint={t.unloadedCitesHint} testId="unloaded-cites">
          <ul className="compact-list">
            {echoes.unloadedCites.map((c, i) => (
              <li key={i}>{c.text}</li>
            ))}
          </ul>
        </TitledPanel>
      ) : null}
    </>
  );
}
