import Link from "next/link";
import { notFound } from "next/navigation";
import { readDatabase } from "@/lib/db/client";
import { articleDetail } from "@/lib/db/queries";
import { articleSegments } from "@/lib/article-segments";
import { recordIdSchema } from "@/lib/filters";
import { speakerColours } from "@/app/components/speaker-colours";

export const dynamic = "force-dynamic";

export default async function ArticlePage({ params }: { params: Promise<{ id: string }> }) {
  // Validate route params.
  const id = recordIdSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const article = await articleDetail(readDatabase(), id.data);
  if (!article) notFound();

  const byId = new Map(article.statements.map((s) => [s.id, s]));
  const colours = speakerColours(article.statements.map((s) => s.speaker));

  return (
    <section className="panel">
      <h1>{article.title ?? article.sourceFile}</h1>
      <p className="statement-meta">
        {article.date ?? "undated"} · {article.sourceFile} · {article.statements.length} statements
      </p>
      <ul className="speaker-legend" aria-label="Speakers">
        {[...colours].map(([speaker, colour]) => (
          <li key={speaker}>
            <span className="swatch" style={{ background: colour }} /> {speaker}
          </li>
        ))}
      </ul>
      <div className="article-text" data-testid="article-text">
        {articleSegments(article.content, article.statements).map((segment, i) => {
          if (segment.kind === "plain") return <span key={i} className="article-plain">{segment.text}</span>;
          const s = byId.get(segment.statementId)!;
          const tags = [s.region, s.speaker, s.office, s.date, ...s.themes.map((t) => t.nameZh)].filter(Boolean).join(" · ");
          return (
            <mark
              key={i}
              id={`s-${s.id}`}
              data-testid="highlighted-statement"
              data-speaker={s.speaker ?? ""}
              title={tags}
              style={{ borderBottomColor: colours.get(s.speaker ?? "—"), backgroundColor: `${colours.get(s.speaker ?? "—")}33` }}
            >
              {segment.text}
            </mark>
          );
        })}
      </div>
      <p>
        <Link href="/">Back to the map</Link>
      </p>
    </section>
  );
}
