// A citation of an article as a researcher pastes it: outlet, headline, date, address, access date.
import type { Locale } from "./i18n";

export interface CitableArticle {
  source: string | null;
  title: string | null;
  date: string | null;
  url: string | null;
}

/** "新华社. “headline.” 2022-03-17. https://… (accessed 2026-11-28)." — fields the article lacks are left out. */
export function formatCitation(article: CitableArticle, accessed: string, locale: Locale): string {
  const parts: string[] = [];
  if (article.source) parts.push(`${article.source}.`);
  if (article.title) parts.push(locale === "zh" ? `《${article.title}》.` : `“${article.title}.”`);
  if (article.date) parts.push(`${article.date}.`);
  if (article.url) parts.push(`${article.url} (${locale === "zh" ? "访问于" : "accessed"} ${accessed}).`);
  else parts.push(`(${locale === "zh" ? "访问于" : "accessed"} ${accessed})`);
  return parts.join(" ");
}

/** Today's date where the reader is, as YYYY-MM-DD. */
export function localDay(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
