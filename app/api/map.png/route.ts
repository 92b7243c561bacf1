import { Resvg } from "@resvg/resvg-js";
import { FIGURE_WIDTH, mapFigure } from "../map-figure";

export const dynamic = "force-dynamic";

/** Twice the SVG's size: sharp in print. */
const PNG_WIDTH = FIGURE_WIDTH * 2;

/** GET /api/map.png?… : the SVG figure rasterised with the system's fonts (CJK from fonts-noto-cjk). */
export async function GET(request: Request): Promise<Response> {
  const figure = await mapFigure(request);
  if (!figure.ok) return figure.response;
  const png = new Resvg(figure.svg, {
    fitTo: { mode: "width", value: PNG_WIDTH },
    background: "#ffffff",
    font: { loadSystemFonts: true, defaultFontFamily: "Noto Sans CJK SC", sansSerifFamily: "Noto Sans CJK SC" },
  })
    .render()
    .asPng();
  return new Response(new Uint8Array(png), {
    headers: { "content-type": "image/png", "content-disposition": `inline; filename="${figure.name}.png"` },
  });
}
