import { mapFigure } from "../map-figure";

export const dynamic = "force-dynamic";

/** GET /api/map.svg?theme=&kind=&level=&leader=&from=&to=&lang= : the map with these filters, as SVG. */
export async function GET(request: Request): Promise<Response> {
  const figure = await mapFigure(request);
  if (!figure.ok) return figure.response;
  return new Response(figure.svg, {
    headers: { "content-type": "image/svg+xml; charset=utf-8", "content-disposition": `inline; filename="${figure.name}.svg"` },
  });
}
