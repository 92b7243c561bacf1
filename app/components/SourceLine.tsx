import Link from "@/app/components/AtlasLink";
import CiteButton from "@/app/components/CiteButton";
import type { ArticleCitation } from "@/lib/definitions";
import { messagesFor, type Locale } from "@/lib/i18n";

/** Where a statement was published: outlet, headline (to the article page), date, the original's link, the other papers that carried it, and Cite. */
export default function SourceLine({ article, articleHref, alsoIn, locale }: { article: ArticleCitation; articleHref: string; alsoIn: ArticleCitation[]; locale: Locale }) {
  const t = messagesFor(locale);
  return (
    <span className="source-line" data-testid="source-line">
      <span data-testid="source-outlet">{article.source ?? t.unknownOutlet}</span>
      {" · "}
      <Link href={articleHref} data-testid="source-headline">
        {article.title ?? t.sourceArticle}
      </Link>
      {article.date ? <span data-testid="source-date"> · {article.date}</span> : null}
      {article.url ? (
        <>
          {" · "}
          <a href={article.url} rel="noopener noreferrer nofollow" target="_blank" data-testid="source-url">
            {t.originalLink}
          </a>
        </>
      ) : null}
      {alsoIn.length > 0 ? (
        <span data-testid="also-in">
          {" · "}
          {t.alsoIn}{" "}
          {alsoIn.map((other, i) => (
            <span key={i}>
              {i > 0 ? ", " : ""}
              {other.url ? (
                <a href={other.url} rel="noopener noreferrer nofollow" target="_blank">
                  {other.source ?? other.title ?? t.unknownOutlet}
                </a>
              ) : (
                (other.source ?? other.title ?? t.unknownOutlet)
              )}
            </span>
          ))}
        </span>
      ) : null}{" "}
      <CiteButton article={article} locale={locale} />
    </span>
  );
}
