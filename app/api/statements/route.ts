import { readDatabase } from "@/lib/db/client";
import { findStatements } from "@/lib/db/queries";
import { statementsToCsv } from "@/lib/export/csv";
import { parseStatementFilter } from "@/lib/filters";

export const dynamic = "force-dynamic";

/** GET /api/statements?region=&leader=&level=&theme=&from=&to=&format=json|csv&limit= */
export async function GET(request: Request): Promise<Response> {
  // Validate query parameters.
  const parsed = parseStatementFilter(new URL(request.url).searchParams);
  if (!parsed.ok) return Response.json({ error: parsed.message }, { status: 400 });
  const { format, ...query } = parsed.filter;
  const statements = await findStatements(readDatabase(), query);
  if (format === "csv") {
    return new Response(statementsToCsv(statements), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": 'attachment; filename="statements.csv"',
      },
    });
  }
  return Response.json({ count: statements.length, statements });
}
