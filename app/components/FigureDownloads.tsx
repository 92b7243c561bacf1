import { headers } from "next/headers";
import type { ThemeOption } from "@/lib/db/queries";
import { filterQueryString, type StatementFilter } from "@/lib/filters";
import { messagesFor, type Locale } from "@/lib/i18n";
import { citation, requestOrigin, viewCaption } from "@/lib/view-caption";

/** "Download image" (PNG, and SVG) of the map as filtered, and the view's citation. */
export default async function FigureDownloads({ filter, themes, locale, lang }: { filter: StatementFilter; themes: ThemeOption[]; locale: Locale; lang: Locale | null }) {
  const t = messagesFor(locale);
  const query = filterQueryString(filter, lang ? { lang } : {});
  const figureQuery = filterQueryString(filter, { lang: locale });
  const origin = requestOrigin(await headers(), "http://localhost");
  const cite = citation(viewCaption(filter, themes, locale), `${origin}/${query ? `?${query}` : ""}`, new Date().toISOString().slice(0, 10), locale);
  return (
    <>
      <span className="figure-downloads">
        <a className="download-link" href={`/api/map.png?${figureQuery}`} download data-testid="download-image">
          {t.downloadImage}
        </a>{" "}
        <a className="statement-meta" href={`/api/map.svg?${figureQuery}`} download data-testid="download-svg">
          (SVG)
        </a>
      </span>
      <details className="cite-view" data-testid="cite-view">
        <summary>{t.citeThisView}</summary>
        <p>{cite}</p>
      </details>
    </>
  );
}
