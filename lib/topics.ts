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
