import { readDatabase } from "@/lib/db/client";
import { findEchoes } from "@/lib/db/echoes";
import { echoesToCsv } from "@/lib/export/csv";
import { parseSearchFilter } from "@/lib/filters";

export const dynamic = "force-dynamic";

/** GET /api/echoes?region=&leader=&level=&theme=&from=&to=&q=&format=json|csv&limit= (filters apply to the echoing statement) */
export async function GET(request: Request): Promise<Response> {
  // Validate query parameters.
  const parsed = parseSearchFilter(new URL(request.url).searchParams);
  if (!parsed.ok) return Response.json({ error: parsed.message }, { status: 400 });
  const { format, ...query } = parsed.filter;
  const echoes = await findEchoes(readDatabase(), query);
  if (format === "csv") {
    return new Response(echoesToCsv(echoes), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": 'attachment; filename="echoes.csv"',
      },
    });
  }
  return Response.json({ count: echoes.length, echoes });
}
