import { findEchoes } from "@/lib/db/echoes";
import { echoesToCsv } from "@/lib/export/csv";
import { recordIdSchema } from "@/lib/filters";
import { filteredRecordsResponse } from "../filtered-records";

export const dynamic = "force-dynamic";

/**
 * GET /api/echoes?region=&leader=&level=&theme=&from=&to=&q=&format=json|csv&limit= (filters apply to the echoing statement)
 * &central=<central statement id>&kind=echo|cites
 */
export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  // Validate the echo parameters; the rest are the statements API's filters.
  const central = url.searchParams.get("central");
  const kind = url.searchParams.get("kind");
  const centralId = central === null ? undefined : recordIdSchema.safeParse(central);
  if (centralId && !centralId.success) return Response.json({ error: "central: must be a statement id" }, { status: 400 });
  if (kind !== null && kind !== "echo" && kind !== "cites") return Response.json({ error: 'kind: must be "echo" or "cites"' }, { status: 400 });
  const filters = new URL(url);
  filters.search = new URLSearchParams([...url.searchParams].filter(([key]) => key !== "central" && key !== "kind")).toString();
  const only = { centralStatementId: centralId?.data, kind: kind === "echo" ? ("echo" as const) : kind === "cites" ? ("cites" as const) : undefined };
  return filteredRecordsResponse(new Request(filters), "echoes", (db, query) => findEchoes(db, query, only), echoesToCsv);
}
