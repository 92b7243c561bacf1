// What a file or a corpus record may say about its article, checked field by field: the same fields
// in YAML front matter, a JSONL object or a CSV row.
import { z } from "zod";

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a day written YYYY-MM-DD")
  .refine((day) => !Number.isNaN(Date.parse(`${day}T00:00:00Z`)) && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day), "is not a day of the calendar");

const webAddress = z
  .string()
  .refine((url) => URL.canParse(url) && ["http:", "https:"].includes(new URL(url).protocol), "must be an http(s) address");

/** An empty field is an absent one: a CSV row has every column, filled or not. */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === "" || value === null ? undefined : value), schema.optional());

const text = z.string().trim().min(1).max(1_000);

export const articleMetadataSchema = z.object({
  title: optional(text),
  date: optional(isoDay),
  source: optional(text),
  url: optional(webAddress),
  author: optional(text),
});

export type ArticleMetadata = z.infer<typeof articleMetadataSchema>;

export const METADATA_FIELDS = Object.keys(articleMetadataSchema.shape) as (keyof ArticleMetadata)[];

export interface MetadataProblem {
  /** The first field at fault, for callers that can say where it is written. */
  field: string;
  /** Every bad field, in a sentence. */
  problem: string;
}

/** The metadata, or a sentence naming each bad field. Fields it does not know are left aside. */
export function parseArticleMetadata(value: unknown): { metadata: ArticleMetadata } | MetadataProblem {
  const parsed = articleMetadataSchema.safeParse(value);
  if (parsed.success) return { metadata: parsed.data };
  const { issues } = parsed.error;
  return { field: String(issues[0].path[0] ?? ""), problem: issues.map((issue) => `${issue.path.join(".") || "metadata"} ${describeIssue(issue)}`).join("; ") };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === "invalid_type") return `must be ${issue.expected === "string" ? "text" : issue.expected}`;
  if (issue.code === "too_big") return "is too long";
  if (issue.code === "too_small") return "is empty";
  return issue.message;
}
