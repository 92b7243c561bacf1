// What a view of the map shows, in words: the title, filters and period a figure or citation carries.
import type { ThemeOption } from "@/lib/db/queries";
import type { SearchFilter } from "@/lib/filters";
import { localName, messagesFor, type Locale } from "@/lib/i18n";
import { yearOfPeriod } from "@/lib/period";
import { topicName } from "@/lib/topics";

export interface ViewCaption {
  /** What is counted, per region: "Directives per region". */
  title: string;
  /** The filters and the period: "Flood control · Provincial · 2022". */
  subtitle: string;
  period: string;
}

/** The caption of a map view with these filters. */
export function viewCaption(filter: Partial<SearchFilter>, themes: ThemeOption[], locale: Locale): ViewCaption {
  const t = messagesFor(locale);
  const theme = filter.theme?.startsWith("cap-")
    ? t.allOfTopic(topicName(Number(filter.theme.slice(4)), locale))
    : themes.find((x) => x.id === filter.theme);
  const year = yearOfPeriod(filter.from, filter.to);
  const period = year !== null ? String(year) : filter.from || filter.to ? `${filter.from ?? "…"} – ${filter.to ?? "…"}` : t.allYears;
  const parts = [
    typeof theme === "string" ? theme : theme ? localName(locale, theme) : t.allThemes,
    filter.level ? t.levels[filter.level] : null,
    filter.leader ?? null,
    period,
  ];
  return { title: t.countedPerRegion(filter.kind ?? "directive"), subtitle: parts.filter(Boolean).join(" · "), period };
}

/** The site's address as the reader reached it, for the URL a figure or citation prints. */
export function requestOrigin(headers: Headers, fallback: string): string {
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  const proto = headers.get("x-forwarded-proto") ?? new URL(fallback).protocol.replace(":", "");
  return host && /^[\w.:[\]-]+$/.test(host) ? `${proto === "https" ? "https" : "http"}://${host}` : new URL(fallback).origin;
}

/** "Directive Atlas (2026). Directives per region: Flood control · 2022 [map]. <url>, accessed 2026-05-01." */
export function citation(caption: ViewCaption, url: string, accessed: string, locale: Locale): string {
  const t = messagesFor(locale);
  return t.citation(caption.title, caption.subtitle, url, accessed);
}
