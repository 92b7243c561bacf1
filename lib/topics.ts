// The CAP major topics of data/themes.json, by code, for the pages and the exports.
import themesFile from "@/data/themes.json";
import type { Locale } from "./i18n";

export interface CapTopic {
  code: number;
  zh: string;
  en: string;
}

export const CAP_TOPICS: CapTopic[] = themesFile.topics;

const byCode = new Map(CAP_TOPICS.map((t) => [t.code, t]));

export function capTopic(code: number): CapTopic {
  return byCode.get(code) ?? { code, zh: `议题 ${code}`, en: `Topic ${code}` };
}

export function topicName(code: number, locale: Locale): string {
  const topic = capTopic(code);
  return locale === "zh" ? topic.zh : topic.en;
}

const themeById = new Map(themesFile.themes.map((t) => [t.id, t]));

/** A theme's name in the reader's language; the id itself for a theme the data files no longer hold. */
export function themeName(id: string, locale: Locale): string {
  const theme = themeById.get(id);
  return theme ? (locale === "zh" ? theme.zh : theme.en) : id;
}

/** The CAP major topic of a theme of data/themes.json, or null for an unknown id. */
export function topicOfTheme(id: string): number | null {
  return themeById.get(id)?.topic ?? null;
}
