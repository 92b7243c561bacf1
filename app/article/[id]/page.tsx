import type { Metadata } from "next";
import { cache } from "react";
import Link from "@/app/components/AtlasLink";
import { notFound } from "next/navigation";
import { readDatabase } from "@/lib/db/client";
import { articleDetail } from "@/lib/db/queries";
import { articleSegments } from "@/lib/article-segments";
import { recordIdSchema } from "@/lib/filters";
import { localName } from "@/lib/i18n";
import { requestLocale } from "@/app/locale";
import { NO_SPEAKER, speakerColours } from "@/app/components/speaker-colours";
import CiteButton from "@/app/components/CiteButton";

export const dynamic = "force-dynamic";

// One read for the page and its title.
const article = cache((id: number) => articleDetail(readDatabase(), id));

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const id = recordIdSchema.safeParse((await params).id);
  const found = id.success ? await article(id.data) : null;
  const { t } = await requestLocale();
  return { title: found ? (found.title ?? found.source ?? t.sourceArticle) : t.notFoundTitle };
}

export default async function ArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const { locale, t } = await requestLocale();
  // Validate route params.
  const id = recordIdSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const found = await article(id.data);
  if (!found) notFound();

  const byId = new Map(found.statements.map((s) => [s.id, s]));
  const colours = speakerColours(found.statements.map((s) => s.speaker));

  return (
    <section className="panel">
      <h1>{found.title ?? found.source ?? t.sourceArticle}</h1>
      <p className="statement-meta" data-testid="article-citation">
        <span data-testid="source-outlet">{found.source ?? t.unknownOutlet}</span>
        {found.sourceEvidence ? <small> ({t.outletFromText(found.sourceEvidence)})</small> : null}
        {" · "}
        {found.date ?? "—"}
        {found.dateInferred ? <small> ({t.dateFromText})</small> : null}
        {found.author ? ` · ${t.byAuthor(found.author)}` : ""}
        {found.url ? (
          <>
            {" · "}
            <a href={found.url} rel="noopener noreferrer nofollow" target="_blank" data-testid="source-url">
              {t.originalLink}
            </a>
          </>
        ) : null}
        {" · "}
        {t.statementCount(found.statements.length)}{" "}
        <CiteButton article={{ source: found.source, title: found.title, date: found.date, url: found.url }} locale={locale} />
      </p>
      {found.reprintOf ? (
        <p className="statement-meta" data-testid="reprint-of">
          {t.reprintOf} <Link href={`/article/${found.reprintOf.id}`}>{found.reprintOf.source ?? found.reprintOf.title ?? t.sourceArticle}</Link>: {t.reprintNote}{" "}
          {found.reprintOf.title}
        </p>
      ) : null}
      {found.alsoIn.length > 0 ? (
        <p className="statement-meta" data-testid="also-in">
          {t.alsoIn}:{" "}
          {found.alsoIn.map((other, i) => (
            <span key={other.id}>
              {i > 0 ? ", " : ""}
              <Link href={`/article/${other.id}`}>{other.source ?? other.title ?? t.sourceArticle}</Link>
            </span>
          ))}
        </p>
      ) : null}
      <ul className="speaker-legend" aria-label={t.articleLegend}>
        {[...colours].map(([speaker, colour]) => (
          <li key={speaker}>
            <span className="swatch" style={{ background: colour }} /> {speaker}
          </li>
        ))}
      </ul>
      <div className="article-text" data-testid="article-text">
        {articleSegments(found.content, found.statements).map((segment, i) => {
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
