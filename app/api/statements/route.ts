import { recordsResponse } from "../records-routes";

export const dynamic = "force-dynamic";

/** GET /api/statements?region=&leader=&level=&theme=&from=&to=&q=&format=json|csv&limit= */
export async function GET(request: Request): Promise<Response> {
  return recordsResponse("/api/statements", request);
}
