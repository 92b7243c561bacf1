import type { Knowledge, Theme } from "../knowledge";
import type { TaggerLookup } from "./lookup";
import { PhraseIndex } from "./phrase-index";

/** One phrase of data/themes.json found in a statement. */
export interface PhraseHit {
  theme: string;
  /** The theme's field: its parent, or the theme itself. */
  field: string;
  phrase: string;
  /** A word every field uses, which counts only in a story about `field`. */
  context: boolean;
}

/** A theme a statement is about, with the phrases that decided it. */
export interface ThemeMatch {
  theme: string;
  phrases: string[];
  /** Characters of its phrases found (a context word counts half): the theme's strength. */
  score: number;
}

/** The fields a story is about, from the field-specific phrases of all its statements. */
export interface StoryFields {
  /** Fields strong enough for their context words to count. */
  active: Set<string>;
  /** The story's one clear field, or null when none stands out. */
  main: string | null;
}

interface Taxonomy {
  index: PhraseIndex<{ theme: Theme; context: boolean }>;
  byId: Map<string, Theme>;
  position: Map<string, number>;
}

const taxonomies = new WeakMap<Knowledge, Taxonomy>();

function taxonomyOf(knowledge: Knowledge): Taxonomy {
  const cached = taxonomies.get(knowledge);
  if (cached) return cached;
  const index = new PhraseIndex<{ theme: Theme; context: boolean }>();
  for (const theme of knowledge.themes) {
    for (const phrase of theme.phrases) index.add(phrase, { theme, context: false });
    for (const phrase of theme.contextPhrases ?? []) index.add(phrase, { theme, context: true });
  }
  const built = {
    index,
    byId: new Map(knowledge.themes.map((t) => [t.id, t])),
    position: new Map(knowledge.themes.map((t, i) => [t.id, i])),
  };
  taxonomies.set(knowledge, built);
  return built;
}

/** Every theme phrase in the text, field-specific and context words alike. */
export function themePhrases(text: string, knowledge: Knowledge): PhraseHit[] {
  const hits: PhraseHit[] = [];
  for (const m of taxonomyOf(knowledge).index.scan(text))
    for (const { theme, context } of m.values) hits.push({ theme: theme.id, field: theme.parent ?? theme.id, phrase: m.phrase, context });
  return hits;
}

/** A field counts when it has at least this share of the strongest field's phrases in the story. */
const ACTIVE_SHARE = 0.3;
/** The story's main field holds at least this share of all its field-specific phrases. */
const MAIN_SHARE = 0.25;

/** The fields of a story, from the phrases found in each of its statements. */
export function storyFields(statements: PhraseHit[][]): StoryFields {
  const score = new Map<string, number>();
  for (const hits of statements) for (const h of hits) if (!h.context) score.set(h.field, (score.get(h.field) ?? 0) + h.phrase.length);
  let total = 0;
  let best: string | null = null;
  for (const [field, s] of score) {
    total += s;
    if (best === null || s > score.get(best)!) best = field;
  }
  if (best === null) return { active: new Set(), main: null };
  const top = score.get(best)!;
  const active = new Set([...score].filter(([, s]) => s >= top * ACTIVE_SHARE).map(([field]) => field));
  return { active, main: top >= total * MAIN_SHARE ? best : null };
}

/**
 * The themes of one statement, in data/themes.json order. A context word counts when its field is
 * one of the story's or is named in the statement itself. Broad themes (the epidemic) stay in, for
 * the topic's strength; `shownThemes` leaves them out beside one of their own (testing, tracing...).
 */
export function themesOf(hits: PhraseHit[], fields: StoryFields, knowledge: Knowledge): ThemeMatch[] {
  const ownFields = new Set(hits.filter((h) => !h.context).map((h) => h.field));
  const found = new Map<string, ThemeMatch>();
  for (const h of hits) {
    if (h.context && !fields.active.has(h.field) && !ownFields.has(h.field)) continue;
    const match = found.get(h.theme) ?? { theme: h.theme, phrases: [], score: 0 };
    if (!match.phrases.includes(h.phrase)) match.phrases.push(h.phrase);
    match.score += h.context ? h.phrase.length / 2 : h.phrase.length;
    found.set(h.theme, match);
  }
  const { position } = taxonomyOf(knowledge);
  return [...found.values()].sort((a, b) => position.get(a.theme)! - position.get(b.theme)!);
}

/** The themes to show and store: a broad theme only when none of its own themes was found. */
export function shownThemes(themes: ThemeMatch[], knowledge: Knowledge): ThemeMatch[] {
  const { byId } = taxonomyOf(knowledge);
  const parents = new Set(themes.map((m) => byId.get(m.theme)?.parent));
  return themes.filter((m) => !parents.has(m.theme));
}

/** A topic beside the primary one needs at least this share of the primary topic's strength. */
const SECONDARY_SHARE = 0.75;
/** A statement is read in its story's field: the themes of that field weigh double (a flood meeting's 救灾 stays flood control). */
const MAIN_FIELD_WEIGHT = 2;

export interface TopicDecision {
  /** CAP major-topic codes, the primary first. */
  topics: number[];
  /** The statement has no theme: the topic is its story's field. */
  fromStory: string | null;
}

/**
 * CAP major topics of a statement: the topic of its strongest theme first (the story's field weighs
 * double, and wins ties), then any topic nearly as strong. A statement without a theme takes its
 * story's main field.
 */
export function topicsOf(themes: ThemeMatch[], fields: StoryFields, knowledge: Knowledge): TopicDecision {
  const { byId } = taxonomyOf(knowledge);
  if (themes.length === 0) {
    const field = fields.main ? byId.get(fields.main) : undefined;
    return field ? { topics: [field.topic], fromStory: field.id } : { topics: [], fromStory: null };
  }
  const mainTopic = fields.main ? byId.get(fields.main)?.topic : undefined;
  const strength = new Map<number, number>();
  for (const m of themes) {
    const theme = byId.get(m.theme)!;
    const weight = (theme.parent ?? theme.id) === fields.main ? MAIN_FIELD_WEIGHT : 1;
    strength.set(theme.topic, (strength.get(theme.topic) ?? 0) + m.score * weight);
  }
  const ranked = [...strength].sort((a, b) => b[1] - a[1] || Number(b[0] === mainTopic) - Number(a[0] === mainTopic));
  const top = ranked[0][1];
  return { topics: ranked.filter(([, s]) => s >= top * SECONDARY_SHARE).map(([topic]) => topic), fromStory: null };
}

/** Theme ids of a text read on its own (no story around it), in data/themes.json order. */
export function matchThemes(text: string, lookup: TaggerLookup): string[] {
  const hits = themePhrases(text, lookup.knowledge);
  return shownThemes(themesOf(hits, storyFields([hits]), lookup.knowledge), lookup.knowledge).map((m) => m.theme);
}
