import { readDatabase } from "@/lib/db/client";
import { findStatements } from "@/lib/db/queries";
import { statementsToCsv } from "@/lib/export/csv";
import { parseSearchFilter } from "@/lib/filters";

export const dynamic = "force-dynamic";

/** GET /api/statements?region=&leader=&level=&theme=&from=&to=&q=&format=json|csv&limit= */
export async function GET(request: Request): Promise<Response> {
  // Validate query parameters.
  const parsed = parseSearchFilter(new URL(request.url).searchParams);
  if (!parsed.ok) return Response.json({ error: parsed.message }, { status: 400 });
  const { format, ...query } = parsed.filter;
  const statements = await findStatements(readDatabase(), query);
  if (format === "csv") {
    return new Response(statementsToCsv(statements), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${csvFileName(query)}"`,
      },
    });
  }
  return Response.json({ count: statements.length, statements });
}

/** statements-henan-surveillance-2022-01-01-2022-12-31.csv: the filters in the name, ASCII only. */
function csvFileName(query: { region?: string; level?: string; theme?: string; from?: string; to?: string }): string {
  return ["statements", query.region, query.level, query.theme, query.from, query.to].filter(Boolean).join("-") + ".csv";
}
