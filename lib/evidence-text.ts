// "Why this tag" in plain words: each piece of the tagger's evidence as a sentence in the reader's language.
import type { EvidenceView } from "@/lib/db/queries";
import { messagesFor, type Locale } from "./i18n";
import { themeName, topicName, topicOfTheme } from "./topics";

/** Phrases as the text has them, quoted: “监测预警”、“直报”. */
function quoted(list: string, locale: Locale): string {
  const phrases = list.split("、").filter(Boolean);
  return locale === "zh" ? phrases.map((p) => `“${p}”`).join("、") : phrases.map((p) => `“${p}”`).join(", ");
}

export function evidenceText(e: EvidenceView, locale: Locale): string {
  const words = messagesFor(locale).evidence;
  switch (e.kind) {
    case "office":
      return words.office(e.detail);
    case "city":
      return words.city(e.detail);
    case "tenure":
      return words.tenure(e.detail);
    case "central-body":
      return words.centralBody(e.detail);
    case "carry-over":
      return words.carriedOver(e.detail.replace(/^continues\s+/, ""));
    case "theme":
      return words.theme(themeName(e.theme ?? "", locale), quoted(e.detail, locale));
    case "topic": {
      const topic = topicOfTheme(e.theme ?? "");
      return words.topicFromStory(topic === null ? "" : topicName(topic, locale), themeName(e.theme ?? "", locale));
    }
    case "statement-kind":
      return (words.kind[e.rule ?? ""] ?? words.kind["no-instruction"])(quoted(e.detail, locale));
    default:
      return words.context(e.detail);
  }
}
