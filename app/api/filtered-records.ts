import type { Database } from "@/lib/db/client";
import { readDatabase } from "@/lib/db/client";
import type { StatementQuery } from "@/lib/db/queries";
import { parseSearchFilter } from "@/lib/filters";

/** An API answer as plain data: what a route handler or the production server sends. */
export interface ApiAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * The answer of a records API (statements, echoes): the filters validated (400 with a message
 * otherwise), the records found, as JSON or as CSV named after the filters.
 */
export async function filteredRecordsAnswer<T>(
  params: URLSearchParams,
  kind: string,
  find: (db: Database, query: StatementQuery) => Promise<T[]>,
  toCsv: (records: T[]) => string,
): Promise<ApiAnswer> {
  // Validate query parameters.
  const parsed = parseSearchFilter(params);
  if (!parsed.ok) return jsonAnswer(400, { error: parsed.message });
  const { format, ...query } = parsed.filter;
  const records = await find(readDatabase(), query);
  if (format === "csv") {
    return {
      status: 200,
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${csvFileName(kind, query)}"`,
      },
      body: toCsv(records),
    };
  }
  return jsonAnswer(200, { count: records.length, [kind]: records });
}

export function jsonAnswer(status: number, value: unknown): ApiAnswer {
  return { status, headers: { "content-type": "application/json" }, body: JSON.stringify(value) };
}

/** statements-henan-surveillance-2022-01-01-2022-12-31.csv: the filters in the name, ASCII only. */
function csvFileName(kind: string, query: StatementQuery): string {
  return [kind, query.region, query.level, query.theme, query.from, query.to].filter(Boolean).join("-") + ".csv";
}
