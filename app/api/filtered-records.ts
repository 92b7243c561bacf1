import type { Database } from "@/lib/db/client";
import { readDatabase } from "@/lib/db/client";
import type { StatementQuery } from "@/lib/db/queries";
import { parseSearchFilter } from "@/lib/filters";

/**
 * The answer of a records API (statements, echoes): the filters validated (400 with a message
 * otherwise), the records found, as JSON or as CSV named after the filters.
 */
export async function filteredRecordsResponse<T>(
  request: Request,
  kind: string,
  find: (db: Database, query: StatementQuery) => Promise<T[]>,
  toCsv: (records: T[]) => string,
): Promise<Response> {
  // Validate query parameters.
  const parsed = parseSearchFilter(new URL(request.url).searchParams);
  if (!parsed.ok) return Response.json({ error: parsed.message }, { status: 400 });
  const { format, ...query } = parsed.filter;
  const records = await find(readDatabase(), query);
  if (format === "csv") {
    return new Response(toCsv(records), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${csvFileName(kind, query)}"`,
      },
    });
  }
  return Response.json({ count: records.length, [kind]: records });
}

/** statements-henan-surveillance-2022-01-01-2022-12-31.csv: the filters in the name, ASCII only. */
function csvFileName(kind: string, query: StatementQuery): string {
  return [kind, query.region, query.level, query.theme, query.from, query.to].filter(Boolean).join("-") + ".csv";
}
