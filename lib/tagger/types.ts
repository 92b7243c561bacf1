// The tagger's public output. `npm run tag -- --json` prints these shapes; keep them stable.

export type Level = "central" | "provincial" | "municipal";

export type { StatementKind } from "./kinds";
import type { KindRule, StatementKind } from "./kinds";

/** One piece of evidence behind a statement's province, in the order it was weighed. */
export interface Evidence {
  kind: "office" | "city" | "tenure" | "context" | "central-body" | "carry-over" | "theme" | "topic" | "statement-kind";
  /** What in the text (or data) supported it, e.g. "吉林省委书记" or "郑州 → 河南"; the phrases of a theme, the words of a kind. */
  detail: string;
  /** The theme a "theme" or "topic" item is about (for "topic": the story's field). */
  theme?: string;
  /** How a "statement-kind" item decided. */
  rule?: KindRule;
}

export interface TaggedStatement {
  /** Offsets into the raw file text as read with readFileSync(file, "utf8"). */
  start: number;
  end: number;
  /** The statement's clean (simplified, de-noised) text. */
  text: string;
  /** Short region name (河南, 上海, 中央...) as in data/regions.json, or null when unknown. */
  province: string | null;
  city: string | null;
  /** Person in simplified characters, or 会议 for the meeting itself, or null. */
  speaker: string | null;
  office: string | null;
  level: Level | null;
  /** ISO date (YYYY-MM-DD) of the event, or null. */
  date: string | null;
  /** How sure the date is: written to the day, to the month, or a bound (近日, 日前: on or before it). */
  datePrecision: "day" | "month" | "approx" | null;
  /** Theme ids from data/themes.json. */
  themes: string[];
  /** The central events the statement says it carries out (传达学习…精神, 落实…部署). */
  cites: Cite[];
  /** CAP major-topic codes, the primary first. */
  topics: number[];
  kind: StatementKind;
  evidence: Evidence[];
}

/** A central meeting, speech, instruction or document a statement says it carries out. */
export interface Cite {
  /** The event as written from the centre that holds it: 中央经济工作会议, 国务院常务会议, 习近平总书记关于安全生产的重要论述. */
  event: string;
  /** The central leader named in it, or null. */
  speaker: string | null;
  kind: "meeting" | "speech" | "instruction" | "document";
  /** ISO date written with the event, or null. */
  date: string | null;
  /** The words that cite it: 认真落实9月9日国务院常务会议部署. */
  text: string;
}

export interface TaggedPassage {
  start: number;
  end: number;
  text: string;
}

export interface TaggedArticle {
  title: string | null;
  /** ISO date of publication or of the main event, or null. */
  date: string | null;
  passages: TaggedPassage[];
  statements: TaggedStatement[];
}
