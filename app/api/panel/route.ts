import { panelAnswer } from "./panel-answer";

export const dynamic = "force-dynamic";

/** GET /api/panel?unit=province&period=month|quarter|year&format=json|csv (province and year unless asked), with the map's filters. */
export async function GET(request: Request): Promise<Response> {
  const { status, headers, body } = await panelAnswer(new URL(request.url).searchParams);
  return new Response(body, { status, headers });
}
