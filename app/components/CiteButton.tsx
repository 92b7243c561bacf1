"use client";

import { useState } from "react";
import { formatCitation, localDay, type CitableArticle } from "@/lib/citation";
import { messagesFor, type Locale } from "@/lib/i18n";

/** Copies a citation of the article, dated the day it is copied; shows it when the clipboard is refused. */
export default function CiteButton({ article, locale }: { article: CitableArticle; locale: Locale }) {
  const t = messagesFor(locale);
  const [copied, setCopied] = useState<string | null>(null);
  const copy = async () => {
    const citation = formatCitation(article, localDay(), locale);
    try {
      await navigator.clipboard.writeText(citation);
    } catch {
      // An insecure origin or a refused permission: the reader copies it by hand.
    }
    setCopied(citation);
  };
  return (
    <>
      <button type="button" className="cite-button" data-testid="cite" title={t.citeLabel} onClick={copy}>
        {t.cite}
      </button>
      {copied ? (
        <output className="cite-text" data-testid="citation" title={t.citeCopied}>
          {copied}
        </output>
      ) : null}
    </>
  );
}
