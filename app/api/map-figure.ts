// The filtered map as a figure for papers, drawn on the server by ECharts' SVG renderer: title,
// filters and period, legend, source line and the view's URL, as on the page.
import * as echarts from "echarts/core";
import { MapChart, ScatterChart } from "echarts/charts";
import { GeoComponent, GraphicComponent, TitleComponent, VisualMapComponent } from "echarts/components";
import { SVGRenderer } from "echarts/renderers";
import { readDatabase } from "@/lib/db/client";
import { regionSummaries, themeList } from "@/lib/db/queries";
import { filterQueryString, parseStatementFilter } from "@/lib/filters";
import { DEFAULT_LOCALE, isLocale, LANG_PARAM, localName, messagesFor } from "@/lib/i18n";
import { requestOrigin, viewCaption } from "@/lib/view-caption";
import { choroplethOption, registerChinaMaps } from "@/app/components/choropleth-option";

echarts.use([MapChart, ScatterChart, GeoComponent, GraphicComponent, TitleComponent, VisualMapComponent, SVGRenderer]);
registerChinaMaps(echarts);

export const FIGURE_WIDTH = 1200;
export const FIGURE_HEIGHT = 960;
/** CJK first, so the PNG rasteriser finds glyphs for 河南 as well as for Henan. Single quotes: ECharts writes them into style="…" unescaped. */
export const FIGURE_FONTS = "'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";
const TOP = 96;
const BOTTOM = 64;

/** The SVG of the map with the request's filters (the map page's), or a 400 answer. */
export async function mapFigure(request: Request): Promise<{ ok: true; svg: string; name: string } | { ok: false; response: Response }> {
  const url = new URL(request.url);
  const lang = url.searchParams.get(LANG_PARAM);
  const locale = isLocale(lang) ? lang : DEFAULT_LOCALE;
  // Validate query parameters: the map page's filters.
  const parsed = parseStatementFilter(new URLSearchParams([...url.searchParams].filter(([key]) => key !== LANG_PARAM)));
  if (!parsed.ok) return { ok: false, response: Response.json({ error: parsed.message }, { status: 400 }) };
  const filter = parsed.filter;
  const db = readDatabase();
  const [regions, themes] = await Promise.all([regionSummaries(db, filter), themeList(db)]);
  const t = messagesFor(locale);
  const caption = viewCaption(filter, themes, locale);
  const query = filterQueryString(filter, lang && isLocale(lang) ? { lang } : {});
  const viewUrl = `${requestOrigin(request.headers, request.url)}/${query ? `?${query}` : ""}`;
  const max = Math.max(1, ...regions.filter((r) => r.code !== "central").map((r) => r.statements));

  const names = new Map(regions.map((r) => [r.name, localName(locale, r)]));
  const base = choroplethOption({
    regions,
    legendText: [String(max), "0"],
    legendTitle: caption.title,
    regionLabel: (name) => names.get(name) ?? name,
    margin: { top: TOP, bottom: BOTTOM },
  });
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width: FIGURE_WIDTH, height: FIGURE_HEIGHT });
  chart.setOption({
    animation: false,
    backgroundColor: "#ffffff",
    textStyle: { fontFamily: FIGURE_FONTS },
    title: {
      text: caption.title,
      subtext: caption.subtitle,
      left: 16,
      top: 12,
      textStyle: { fontSize: 26, fontWeight: "bold", color: "#222", fontFamily: FIGURE_FONTS },
      subtextStyle: { fontSize: 16, color: "#444", fontFamily: FIGURE_FONTS },
    },
    ...base,
    graphic: [
      ...base.graphic,
      { type: "text", left: 16, bottom: 34, style: { text: t.figureSource, fontSize: 13, fill: "#555", fontFamily: FIGURE_FONTS } },
      { type: "text", left: 16, bottom: 14, style: { text: viewUrl, fontSize: 13, fill: "#555", fontFamily: FIGURE_FONTS } },
    ],
  });
  const svg = chart.renderToSVGString();
  chart.dispose();
  const name = ["directive-atlas-map", filter.kind, filter.theme, filter.level, caption.period.replace(/[^\w-]+/g, "")].filter(Boolean).join("-");
  return { ok: true, svg, name };
}
