import Link from "next/link";
import type { RegionEchoes } from "@/lib/db/echoes";
import { messagesFor, type Locale } from "@/lib/i18n";
import { lagNote } from "./echo-colouring";
import SharedPhrases from "./SharedPhrases";

/** A region's echoes of central directives, each beside its central clause, and its directives that echo nobody. */
export default function RegionEchoList({ echoes, locale }: { echoes: RegionEchoes; locale: Locale }) {
  const t = messagesFor(locale);
  return (
    <>
      <section className="panel" aria-labelledby="echoes-heading" data-testid="region-echoes">
        <h2 id="echoes-heading">{t.echoesHeading}</h2>
        <p className="statement-meta">{t.echoesHint}</p>
        {echoes.echoes.length === 0 ? (
          <p className="empty-state">{t.noEchoes}</p>
        ) : (
          <table className="region-table beside-central">
            <tbody>
              {echoes.echoes.map((e) => (
                <tr key={e.id} data-testid="region-echo">
                  <td>
                    <span className="statement-meta">
                      {e.central.date} · {e.central.speaker ?? t.central} ·{" "}
                      <Link href={`/trace/${e.central.statementId}`}>{t.trace}</Link>
                    </span>
                    <br />
                    <SharedPhrases text={e.central.text} phrases={e.sharedPhrases} />
                  </td>
                  <td>
                    <span className="lag">{lagNote(t, e.lagDays)}</span> {e.echo.date} · {e.echo.speaker ?? "—"} ·{" "}
                    <Link href={`/article/${e.echo.articleId}#s-${e.echo.statementId}`}>{t.source}</Link>
                    <br />
                    <SharedPhrases text={e.echo.text} phrases={e.sharedPhrases} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {echoes.localInitiatives.length > 0 ? (
        <section className="panel" aria-labelledby="local-heading" data-testid="local-initiatives">
          <h2 id="local-heading">{t.localInitiatives}</h2>
          <p className="statement-meta">{t.localInitiativesHint}</p>
          <ul className="compact-list">
            {echoes.localInitiatives.map((s) => (
              <li key={s.statementId}>
                <span className="statement-meta">
                  {s.date ?? "—"} · {s.speaker ?? t.unattributed}
                </span>
                <ul>
                  {s.clauses.map((clause, i) => (
                    <li key={i}>{clause}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
