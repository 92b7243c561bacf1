import Link from "@/app/components/AtlasLink";
import SourceLine from "@/app/components/SourceLine";
import type { StatementView } from "@/lib/definitions";
import { directiveBodySpans } from "@/lib/echo/clauses";
import { directiveSegments } from "@/lib/highlight";
import { evidenceText } from "@/lib/evidence-text";
import { localName, messagesFor, type Locale } from "@/lib/i18n";
import { topicName } from "@/lib/topics";
import { officeTitle } from "@/lib/names-en";
import PersonName from "./PersonName";

/** Statements with speaker, office, level, date, source, kind, topics, themes and the tagger's evidence. */
export default function StatementList({
  statements,
  locale,
  showArticle = true,
  highlight = [],
}: {
  statements: StatementView[];
  locale: Locale;
  showArticle?: boolean;
  /** Words to mark in each statement's text (search terms). */
  highlight?: string[];
}) {
  const t = messagesFor(locale);
  return (
    <ul className="statement-list">
      {statements.map((s) => (
        <li key={s.id} data-testid="statement" data-statement-id={s.id} data-kind={s.kind}>
          <div className="statement-meta">
            <span className={`kind-chip kind-${s.kind}`} data-testid="statement-kind">
              {t.kindOne[s.kind] ?? s.kind}
            </span>{" "}
            <span className="statement-speaker">
              {s.leaderId && s.speaker ? (
                <Link href={`/leader/${s.leaderId}`}>
                  <PersonName name={s.speaker} locale={locale} />
                </Link>
              ) : (s.speaker ?? "—")}
            </span>
            {s.office ? ` · ${officeTitle(locale, s.office)}` : ""}
            {s.level ? ` · ${t.levels[s.level] ?? s.level}` : ""}
            {s.date ? ` · ${s.date}` : ""}
            {s.level === "central" ? (
              <>
                {" · "}
                <Link href={`/trace/${s.id}`} className="trace-link" data-testid="trace-link">
                  {t.trace}
                </Link>
              </>
            ) : null}
          </div>
          {showArticle ? (
            <div className="statement-source">
              <SourceLine
                article={{ source: s.source, title: s.articleTitle, date: s.articleDate, url: s.url }}
                articleHref={`/article/${s.articleId}#s-${s.id}`}
                alsoIn={s.alsoIn}
                locale={locale}
              />
            </div>
          ) : null}
          <p className="statement-text">
            {directiveSegments(s.text, directiveBodySpans(s.text), highlight).map((run, i) => {
              const text = run.segments.map((segment, j) => (segment.match ? <mark key={j}>{segment.text}</mark> : segment.text));
              return run.directive ? (
                <span key={i} className="directive" data-testid="directive">
                  {text}
                </span>
              ) : (
                <span key={i}>{text}</span>
              );
            })}
          </p>
          {s.themes.length > 0 || s.topics.length > 0 ? (
            <ul className="theme-list" aria-label={t.themesLabel}>
              {s.topics.map((code) => (
                <li key={`cap-${code}`} className="theme-chip topic-chip" title={`CAP ${code}`} data-testid="statement-topic">
                  {topicName(code, locale)}
                </li>
              ))}
              {s.themes.map((theme) => (
                <li key={theme.id} className="theme-chip" title={locale === "zh" ? theme.nameEn : theme.nameZh}>
                  {localName(locale, theme)}
                </li>
              ))}
            </ul>
          ) : null}
          {s.evidence.length > 0 ? (
            <details className="evidence" data-testid="evidence">
              <summary>{t.whyThisTag}</summary>
              <ul>
                {s.evidence.map((e, i) => (
                  <li key={i} data-evidence={e.kind}>
                    {evidenceText(e, locale)}
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
