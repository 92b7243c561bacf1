import { recordsResponse } from "../records-routes";

export const dynamic = "force-dynamic";

/**
 * GET /api/echoes?region=&leader=&level=&theme=&from=&to=&q=&format=json|csv&limit= (filters apply to the echoing statement)
 * &central=<central statement id>&link=echo|cites
 */
export async function GET(request: Request): Promise<Response> {
  return recordsResponse("/api/echoes", request);
}
