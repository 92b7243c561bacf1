import { execFileSync } from "node:child_process";
import { renderAsync, type ResvgRenderOptions } from "@resvg/resvg-js";
import { FIGURE_WIDTH, mapFigure } from "../map-figure";

export const dynamic = "force-dynamic";

/** Twice the SVG's size: sharp in print. */
const PNG_WIDTH = FIGURE_WIDTH * 2;
const CJK_FAMILY = "Noto Sans CJK SC";

let fonts: ResvgRenderOptions["font"] | undefined;

/** The CJK font's files (fonts-noto-cjk), found once: scanning every system font costs a second a figure. */
function figureFonts(): ResvgRenderOptions["font"] {
  if (fonts) return fonts;
  let files: string[] = [];
  try {
    files = [CJK_FAMILY, `${CJK_FAMILY}:bold`]
      .map((pattern) => execFileSync("fc-match", ["-f", "%{file}", pattern], { encoding: "utf8", timeout: 5_000 }).trim())
      .filter((file) => /\.(ttc|otf|ttf)$/i.test(file));
  } catch {
    // No fontconfig: the rasteriser scans the system's fonts itself.
  }
  fonts = { loadSystemFonts: files.length === 0, fontFiles: [...new Set(files)], defaultFontFamily: CJK_FAMILY, sansSerifFamily: CJK_FAMILY };
  return fonts;
}

// A rendering holds the CJK fonts (tens of MB): one at a time per server process, or a burst of
// requests runs the process out of memory.
let renderings: Promise<unknown> = Promise.resolve();

function oneAtATime<T>(render: () => Promise<T>): Promise<T> {
  const next = renderings.then(render);
  renderings = next.catch(() => undefined);
  return next;
}

/** GET /api/map.png?… : the SVG figure rasterised with the system's CJK fonts (fonts-noto-cjk). */
export async function GET(request: Request): Promise<Response> {
  const figure = await mapFigure(request);
  if (!figure.ok) return figure.response;
  // A lone surrogate from a hostile filter value cannot cross into the rasteriser's UTF-8.
  const svg = figure.svg.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
  // Off the event loop: a synchronous rendering blocks the server long enough for kept-alive
  // connections to be reset under load.
  const rendered = await oneAtATime(() => renderAsync(svg, { fitTo: { mode: "width", value: PNG_WIDTH }, background: "#ffffff", font: figureFonts() }));
  return new Response(new Uint8Array(rendered.asPng()), {
    headers: { "content-type": "image/png", "content-disposition": `inline; filename="${figure.name}.png"` },
  });
}
