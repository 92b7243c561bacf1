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
  /** Theme ids from data/themes.json. */
  themes: string[];
  /** CAP major-topic codes, the primary first. */
  topics: number[];
  kind: StatementKind;
  evidence: Evidence[];
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
