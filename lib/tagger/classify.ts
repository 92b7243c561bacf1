import type { Knowledge } from "../knowledge";
import { statementKind, type StatementKind } from "./kinds";
import { shownThemes, topicsOf, type StoryFields, type ThemeMatch } from "./themes";
import type { Evidence } from "./types";

export interface StatementClass {
  /** Theme ids to store, in data/themes.json order. */
  themes: string[];
  kind: StatementKind;
  topics: number[];
  /** Why: the phrase behind each theme, the story's field when it gave the topic, the words that decided the kind. */
  evidence: Evidence[];
}

/** What a statement is (directive, assessment, procedural) and what it is about (CAP topics), with the evidence. */
export function classifyStatement(
  text: string,
  themes: ThemeMatch[],
  fields: StoryFields,
  context: { headline: boolean },
  knowledge: Knowledge,
): StatementClass {
  const kind = statementKind(text, context, knowledge.kinds);
  const { topics, fromStory } = topicsOf(themes, fields, knowledge);
  const shown = shownThemes(themes, knowledge);
  const evidence: Evidence[] = shown.map((m) => ({ kind: "theme", detail: m.phrases.join("、"), theme: m.theme }));
  if (fromStory) evidence.push({ kind: "topic", detail: "", theme: fromStory });
  evidence.push({ kind: "statement-kind", detail: kind.words.join("、"), rule: kind.rule });
  return { themes: shown.map((m) => m.theme), kind: kind.kind, topics, evidence };
}
