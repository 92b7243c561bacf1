import Link from "next/link";
import type { StatementView } from "@/lib/definitions";

const LEVEL_LABELS: Record<string, string> = { central: "central 中央", provincial: "provincial 省级", municipal: "municipal 市级" };

export default function StatementList({ statements, showArticle = true }: { statements: StatementView[]; showArticle?: boolean }) {
  return (
    <ul className="statement-list">
      {statements.map((s) => (
        <li key={s.id} data-testid="statement">
          <div className="statement-meta">
            <span className="statement-speaker">
              {s.leaderId ? <Link href={`/leader/${s.leaderId}`}>{s.speaker}</Link> : (s.speaker ?? "—")}
            </span>
            {s.office ? ` · ${s.office}` : ""}
            {s.level ? ` · ${LEVEL_LABELS[s.level] ?? s.level}` : ""}
            {s.date ? ` · ${s.date}` : ""}
            {showArticle ? (
              <>
                {" · "}
                <Link href={`/article/${s.articleId}#s-${s.id}`}>{s.articleTitle ?? "source article"}</Link>
              </>
            ) : null}
            {s.level === "central" ? (
              <>
                {" · "}
                <Link href={`/trace/${s.id}`} className="trace-link" data-testid="trace-link">
                  trace 追踪
                </Link>
              </>
            ) : null}
          </div>
          <p className="statement-text">{s.text}</p>
          {s.themes.length > 0 ? (
            <ul className="theme-list" aria-label="Themes">
              {s.themes.map((t) => (
                <li key={t.id} className="theme-chip" title={t.nameEn}>
                  {t.nameZh} {t.nameEn}
                </li>
              ))}
            </ul>
          ) : null}
          {s.evidence.length > 0 ? (
            <details className="evidence" data-testid="evidence">
              <summary>Why this tag</summary>
              <ul>
                {s.evidence.map((e, i) => (
                  <li key={i}>
                    <span className="evidence-kind">{e.kind}</span> {e.detail}
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
