import { findEchoes } from "@/lib/db/echoes";
import { echoesToCsv } from "@/lib/export/csv";
import { filteredRecordsResponse } from "../filtered-records";

export const dynamic = "force-dynamic";

/** GET /api/echoes?region=&leader=&level=&theme=&from=&to=&q=&format=json|csv&limit= (filters apply to the echoing statement) */
export async function GET(request: Request): Promise<Response> {
  return filteredRecordsResponse(request, "echoes", findEchoes, echoesToCsv);
}
