// Query parameters shared by the API and, later, the pages: parsed at the edge, 400 on bad input.
import { z } from "zod";
import regionsFile from "@/data/regions.json";

const REGION_CODES = regionsFile.regions.map((r) => r.code) as [string, ...string[]];

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be an ISO date, YYYY-MM-DD")
  .refine((value) => !Number.isNaN(Date.parse(value)) && new Date(value).toISOString().startsWith(value), "is not a real date");

export const statementFilterSchema = z
  .strictObject({
    region: z.enum(REGION_CODES, { error: `must be one of: ${REGION_CODES.join(", ")}` }).optional(),
    leader: z.string().trim().min(1).max(20).optional(),
    level: z.enum(["central", "provincial", "municipal"]).optional(),
    theme: z.string().regex(/^[a-z][a-z-]{1,40}$/, "must be a theme id such as surveillance").optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    format: z.enum(["json", "csv"]).default("json"),
    limit: z.coerce.number().int().min(1).max(10_000).default(1_000),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: "from must not be after to", path: ["from"] });

export type StatementFilter = z.infer<typeof statementFilterSchema>;

/** Next.js page searchParams as URLSearchParams (repeated keys kept, so they can be refused). */
export function toSearchParams(params: Record<string, string | string[] | undefined>): URLSearchParams {
  const result = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) for (const v of [value ?? []].flat()) result.append(key, v);
  return result;
}

/** Parses URL search parameters; a repeated parameter is an error, not a silent pick. */
export function parseStatementFilter(params: URLSearchParams): { ok: true; filter: StatementFilter } | { ok: false; message: string } {
  const raw: Record<string, string> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    if (values.length > 1) return { ok: false, message: `${key}: give it once, not ${values.length} times` };
    if (values[0] !== "") raw[key] = values[0]; // an empty form field means "no filter"
  }
  const parsed = statementFilterSchema.safeParse(raw);
  if (parsed.success) return { ok: true, filter: parsed.data };
  const message = parsed.error.issues
    .map((issue) => (issue.code === "unrecognized_keys" ? `unknown parameter ${issue.keys.join(", ")}` : `${issue.path.join(".")}: ${issue.message}`))
    .join("; ");
  return { ok: false, message };
}

/** A database id in a route (/article/12): digits only, within SQLite's integer range. */
export const recordIdSchema = z
  .string()
  .regex(/^[1-9]\d{0,15}$/)
  .transform(Number)
  .refine(Number.isSafeInteger);
