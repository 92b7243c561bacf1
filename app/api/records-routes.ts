import { findEchoes, type EchoFilter } from "@/lib/db/echoes";
import { findStatements } from "@/lib/db/queries";
import { echoesToCsv, statementsToCsv } from "@/lib/export/csv";
import { recordIdSchema } from "@/lib/filters";
import { filteredRecordsAnswer, jsonAnswer, type ApiAnswer } from "./filtered-records";

/**
 * The records APIs by path. Their route handlers answer with these in `next dev`; the production
 * server (scripts/serve-cluster.mjs) calls them directly, ahead of Next's request pipeline.
 */
export const RECORDS_ROUTES: Record<string, (params: URLSearchParams) => Promise<ApiAnswer>> = {
  "/api/statements": (params) => filteredRecordsAnswer(params, "statements", findStatements, statementsToCsv),
  "/api/echoes": echoesAnswer,
};

/** The echoes API: the statements API's filters (for the echoing statement), with `central` and `link` (echo or cites). */
async function echoesAnswer(params: URLSearchParams): Promise<ApiAnswer> {
  const central = params.get("central");
  const link = params.get("link");
  const centralId = central === null ? undefined : recordIdSchema.safeParse(central);
  if (centralId && !centralId.success) return jsonAnswer(400, { error: "central: must be a statement id" });
  if (link !== null && link !== "echo" && link !== "cites") return jsonAnswer(400, { error: 'link: must be "echo" or "cites"' });
  const only: EchoFilter = { centralStatementId: centralId?.data, kind: link ?? undefined };
  const filters = new URLSearchParams([...params].filter(([key]) => key !== "central" && key !== "link"));
  return filteredRecordsAnswer(filters, "echoes", (db, query) => findEchoes(db, query, only), echoesToCsv);
}

/** A route handler's Response for the records API at `path`. */
export async function recordsResponse(path: string, request: Request): Promise<Response> {
  const { status, headers, body } = await RECORDS_ROUTES[path](new URL(request.url).searchParams);
  return new Response(body, { status, headers });
}
