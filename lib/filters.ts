// Query parameters shared by the API and, later, the pages: parsed at the edge, 400 on bad input.
import { z } from "zod";
import { MAX_COMPARED } from "./compare-selection";
import { LANG_PARAM } from "./i18n";
import { regionCodeOf } from "./regions";

const unknownRegion = (spelling: unknown) => `unknown region "${String(spelling).slice(0, 40)}" (give a code such as henan, a name such as 河南, or an adcode such as 410000)`;

/** A region as a code, a Chinese or English name or an adcode, read as its code. */
const regionField = z.string().transform((spelling, ctx) => {
  const code = regionCodeOf(spelling);
  if (code) return code;
  ctx.addIssue({ code: "custom", message: unknownRegion(spelling) });
  return z.NEVER;
});

/** A prefecture-level city by its short Chinese name, as the tagger writes it (郑州, 盐城). */
const cityField = z
  .string()
  .trim()
  .regex(/^[\u3400-\u9fff]{1,12}$/, "must be a city's Chinese short name, such as 郑州");

// A NUL or other control character is no one's name nor search word (PostgreSQL refuses NUL in text).
const withoutControlCharacters = (value: string) => !/[\u0000-\u001f]/.test(value);
const controlCharacters = "must not contain control characters";

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be an ISO date, YYYY-MM-DD")
  .refine((value) => !Number.isNaN(Date.parse(value)) && new Date(value).toISOString().startsWith(value), "is not a real date");

export const STATEMENT_KINDS = ["directive", "assessment", "procedural"] as const;

/** A kind to count, or "all" for every statement. */
const kindField = z.enum([...STATEMENT_KINDS, "all"], { error: `must be one of: ${STATEMENT_KINDS.join(", ")}, all` });

/** A page's kind switch alone (the leader page): directives unless asked. */
export const kindChoiceSchema = kindField.default("directive");

const filterFields = {
  region: regionField.optional(),
  leader: z.string().trim().min(1).max(20).refine(withoutControlCharacters, controlCharacters).optional(),
  level: z.enum(["central", "provincial", "municipal"]).optional(),
  theme: z
    .string()
    .regex(/^(?:[a-z][a-z-]{1,40}|cap-\d{1,3})$/, "must be a theme id such as flood-control, or a CAP major topic such as cap-5")
    .optional(),
  // The APIs return every kind unless asked; the pages count directives (pageFields).
  kind: kindField.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  format: z.enum(["json", "csv"]).default("json"),
  // A page of records: cheap by default, up to 10,000 when asked (the download links do).
  limit: z.coerce.number().int().min(1).max(10_000).default(100),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
};

/** Full-text search words: any text a reader types, bounded so a query stays cheap. */
const searchText = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .max(100, "must be at most 100 characters")
  .refine(withoutControlCharacters, controlCharacters);

const datesInOrder = (f: { from?: string; to?: string }) => !f.from || !f.to || f.from <= f.to;
const datesInOrderIssue = { message: "from must not be after to", path: ["from"] };

/** The pages count directives unless the reader switches to all statements or another kind. */
const pageFields = { ...filterFields, kind: kindField.default("directive") };

/** The map's and pages' filters. */
export const statementFilterSchema = z.strictObject(pageFields).refine(datesInOrder, datesInOrderIssue);

/** The same filters plus a city and full-text search (`q`), for the records APIs. */
export const searchFilterSchema = z.strictObject({ ...filterFields, city: cityField.optional(), q: searchText.optional() }).refine(datesInOrder, datesInOrderIssue);

/** The search page's parameters: the search filters, and `count=all` to count every match rather than stop at a cap. */
export const searchPageSchema = z
  .strictObject({ ...pageFields, q: searchText.optional(), count: z.literal("all", { error: 'must be "all"' }).optional() })
  .refine(datesInOrder, datesInOrderIssue);

export type StatementFilter = z.infer<typeof statementFilterSchema>;
export type SearchFilter = z.infer<typeof searchFilterSchema>;
export type SearchPageFilter = z.infer<typeof searchPageSchema>;

/**
 * Next.js page searchParams as URLSearchParams (repeated keys kept, so they can be refused), less
 * `lang`, which picks the interface language (app/locale.ts) and filters nothing.
 */
export function toSearchParams(params: Record<string, string | string[] | undefined>): URLSearchParams {
  const result = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (key !== LANG_PARAM) for (const v of [value ?? []].flat()) result.append(key, v);
  return result;
}

/** Parses URL search parameters; a repeated parameter is an error, not a silent pick. */
export function parseStatementFilter(params: URLSearchParams): ParseResult<StatementFilter> {
  return parseFilter(params, statementFilterSchema);
}

/** As parseStatementFilter, with `q` allowed. */
export function parseSearchFilter(params: URLSearchParams): ParseResult<SearchFilter> {
  return parseFilter(params, searchFilterSchema);
}

/** As parseSearchFilter, with the search page's `count` allowed. */
export function parseSearchPageFilter(params: URLSearchParams): ParseResult<SearchPageFilter> {
  return parseFilter(params, searchPageSchema);
}

export type ParseResult<T> = { ok: true; filter: T } | { ok: false; message: string };

function parseFilter<T>(params: URLSearchParams, schema: z.ZodType<T>): ParseResult<T> {
  const raw: Record<string, string> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    if (values.length > 1) return { ok: false, message: `${key}: give it once, not ${values.length} times` };
    if (values[0] !== "") raw[key] = values[0]; // an empty form field means "no filter"
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, filter: parsed.data };
  const message = parsed.error.issues
    .map((issue) => (issue.code === "unrecognized_keys" ? `unknown parameter ${issue.keys.join(", ")}` : `${issue.path.join(".")}: ${issue.message}`))
    .join("; ");
  return { ok: false, message };
}

/** `regions=henan,河南,410000`: known regions (any spelling, read as codes), no repeats, at most four. Fewer than two is allowed (the page asks for more). */
export const compareSelectionSchema = z.strictObject({
  regions: z
    .string()
    .max(200)
    .optional()
    .transform((value) => (value ? value.split(",").map((code) => code.trim()).filter(Boolean) : []))
    .pipe(
      z
        .array(regionField)
        .max(MAX_COMPARED, `compare at most ${MAX_COMPARED} regions`)
        .refine((codes) => new Set(codes).size === codes.length, "a region is listed twice"),
    ),
});

const URL_FILTER_KEYS = ["q", "region", "city", "theme", "kind", "level", "leader", "from", "to"] as const;

/** The filters as a query string for links (defaults such as format and limit left out). */
export function filterQueryString(filter: Partial<SearchFilter>, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const key of URL_FILTER_KEYS) {
    const value = filter[key];
    if (value) params.set(key, value);
  }
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  return params.toString();
}

/** A database id in a route (/article/12): digits only, within SQLite's integer range. */
export const recordIdSchema = z
  .string()
  .regex(/^[1-9]\d{0,15}$/)
  .transform(Number)
  .refine(Number.isSafeInteger);
