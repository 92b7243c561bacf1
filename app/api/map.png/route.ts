import { Resvg } from "@resvg/resvg-js";
import { FIGURE_WIDTH, mapFigure } from "../map-figure";

export const dynamic = "force-dynamic";

/** Twice the SVG's size: sharp in print. */
const PNG_WIDTH = FIGURE_WIDTH * 2;

// A rendering loads the system's CJK fonts (tens of MB each): one at a time per server process, or a
// burst of requests runs the process out of memory.
let renderings: Promise<unknown> = Promise.resolve();

function oneAtATime<T>(render: () => T): Promise<T> {
  const next = renderings.then(render);
  renderings = next.catch(() => undefined);
  return next;
}

/** GET /api/map.png?… : the SVG figure rasterised with the system's fonts (CJK from fonts-noto-cjk). */
export async function GET(request: Request): Promise<Response> {
  const figure = await mapFigure(request);
  if (!figure.ok) return figure.response;
  // A lone surrogate from a hostile filter value cannot cross into the rasteriser's UTF-8.
  const svg = figure.svg.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
  const png = await oneAtATime(() =>
    new Resvg(svg, {
      fitTo: { mode: "width", value: PNG_WIDTH },
      background: "#ffffff",
      font: { loadSystemFonts: true, defaultFontFamily: "Noto Sans CJK SC", sansSerifFamily: "Noto Sans CJK SC" },
    })
      .render()
      .asPng(),
  );
  return new Response(new Uint8Array(png), {
    headers: { "content-type": "image/png", "content-disposition": `inline; filename="${figure.name}.png"` },
  });
}
