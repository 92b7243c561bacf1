import Link from "next/link";
import { notFound } from "next/navigation";
import { readDatabase } from "@/lib/db/client";
import { articleDetail } from "@/lib/db/queries";
import { articleSegments } from "@/lib/article-segments";
import { recordIdSchema } from "@/lib/filters";
import { localName } from "@/lib/i18n";
import { requestLocale } from "@/app/locale";
import { NO_SPEAKER, speakerColours } from "@/app/components/speaker-colours";

export const dynamic = "force-dynamic";

export default async function ArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const { locale, t } = await requestLocale();
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
        {article.date ?? "—"} · {article.sourceFile} · {t.statementCount(article.statements.length)}
      </p>
      <ul className="speaker-legend" aria-label={t.articleLegend}>
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
          const tags = [s.region, s.speaker, s.office, s.date, ...s.themes.map((theme) => localName(locale, theme))].filter(Boolean).join(" · ");
          return (
            <mark
              key={i}
              id={`s-${s.id}`}
              data-testid="highlighted-statement"
              data-speaker={s.speaker ?? ""}
              title={tags}
              style={{ borderBottomColor: colours.get(s.speaker ?? NO_SPEAKER), backgroundColor: `${colours.get(s.speaker ?? NO_SPEAKER)}33` }}
            >
              {segment.text}
            </mark>
          );
        })}
      </div>
      <p>
        <Link href="/">{t.backToMap}</Link>
      </p>
    </section>
  );
}
