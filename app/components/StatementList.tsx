import type { StatementView } from "@/lib/definitions";

export default function StatementList({ statements, showArticle = true }: { statements: StatementView[]; showArticle?: boolean }) {
  return (
    <ul className="statement-list">
      {statements.map((s) => (
        <li key={s.id} data-testid="statement">
          <div className="statement-meta">
            <span className="statement-speaker">{s.speaker ?? "—"}</span>
            {s.office ? ` · ${s.office}` : ""}
            {s.date ? ` · ${s.date}` : ""}
            {showArticle && s.articleTitle ? ` · ${s.articleTitle}` : ""}
          </div>
          <p className="statement-text">{s.text}</p>
        </li>
      ))}
    </ul>
  );
}
