import { findEchoes } from "@/lib/db/echoes";
import { findStatements } from "@/lib/db/queries";
import { echoesToCsv, statementsToCsv } from "@/lib/export/csv";
import { filteredRecordsAnswer, type ApiAnswer } from "./filtered-records";

/**
 * The records APIs by path. Their route handlers answer with these in `next dev`; the production
 * server (scripts/serve-cluster.mjs) calls them directly, ahead of Next's request pipeline.
 */
export const RECORDS_ROUTES: Record<string, (params: URLSearchParams) => Promise<ApiAnswer>> = {
  "/api/statements": (params) => filteredRecordsAnswer(params, "statements", findStatements, statementsToCsv),
  "/api/echoes": (params) => filteredRecordsAnswer(params, "echoes", findEchoes, echoesToCsv),
};

/** A route handler's Response for the records API at `path`. */
export async function recordsResponse(path: string, request: Request): Promise<Response> {
  const { status, headers, body } = await RECORDS_ROUTES[path](new URL(request.url).searchParams);
  return new Response(body, { status, headers });
}
