import { findStatements } from "@/lib/db/queries";
import { statementsToCsv } from "@/lib/export/csv";
import { filteredRecordsResponse } from "../filtered-records";

export const dynamic = "force-dynamic";

/** GET /api/statements?region=&leader=&level=&theme=&from=&to=&q=&format=json|csv&limit= */
export async function GET(request: Request): Promise<Response> {
  return filteredRecordsResponse(request, "statements", findStatements, statementsToCsv);
}
