// The small multiples' ECharts option: one small map per period, all on one colour scale, so a
// directive's spread reads across the panels.
import type { PeriodRegionCounts } from "@/lib/db/period-counts";
import { COLOUR_SCALE, DASHED_LINE, INSET_BOUNDS, INSET_BOX, INSET_MAP_NAME, MAIN_BOUNDS, MAP_NAME, REGION_STYLE } from "./choropleth-option";

export interface SmallMultiplesInput {
  panels: PeriodRegionCounts[];
  /** The Chinese name the boundaries know each region code by (the centre has none). */
  nameOfCode: Record<string, string>;
  columns: number;
  /** The chart's width in pixels, to size the panels. */
  width: number;
  /** A panel's title: its period and what it counts. */
  panelTitle: (panel: PeriodRegionCounts, total: number) => string;
  legendTitle: string;
}

const TITLE_HEIGHT = 22;
const LEGEND_HEIGHT = 60;
const GAP = 8;
/** China's main map is about 4:3 (MAIN_BOUNDS). */
const ASPECT = 0.78;

/** The chart's height for `count` panels in `columns` columns at `width` pixels. */
export function smallMultiplesHeight(count: number, columns: number, width: number): number {
  const rows = Math.ceil(count / columns);
  return LEGEND_HEIGHT + rows * (panelHeight(columns, width) + TITLE_HEIGHT + GAP);
}

function panelWidth(columns: number, width: number): number {
  return Math.floor((width - GAP * (columns - 1)) / columns);
}

function panelHeight(columns: number, width: number): number {
  return Math.round(panelWidth(columns, width) * ASPECT);
}

/** The 南海诸岛 inset's share of a panel's width, as on the main map (its box there beside a map about 880 pixels wide). */
const INSET_SHARE = 0.11;

/** The inset's box in the bottom right corner of the panel at `left`, `top` (the map's top), `w` × `h`. */
export function insetBox(left: number, top: number, w: number, h: number) {
  const width = Math.max(24, Math.round(w * INSET_SHARE));
  const height = Math.round((width * INSET_BOX.height) / INSET_BOX.width);
  return { left: left + w - width - 2, top: top + h - height - 2, width, height };
}

/** Statements in a panel, the centre's left out as on the map. */
export function mappedTotal(panel: PeriodRegionCounts, nameOfCode: Record<string, string>): number {
  return Object.entries(panel.counts).reduce((sum, [code, n]) => sum + (nameOfCode[code] ? n : 0), 0);
}

export function smallMultiplesOption({ panels, nameOfCode, columns, width, panelTitle, legendTitle }: SmallMultiplesInput) {
  const w = panelWidth(columns, width);
  const h = panelHeight(columns, width);
  const place = (i: number) => ({ left: (i % columns) * (w + GAP), top: LEGEND_HEIGHT + Math.floor(i / columns) * (h + TITLE_HEIGHT + GAP) });
  // One scale for every panel: the darkest colour is the busiest region in the busiest period.
  const max = Math.max(1, ...panels.flatMap((p) => Object.entries(p.counts).filter(([code]) => nameOfCode[code]).map(([, n]) => n)));
  return {
    title: [
      ...panels.map((panel, i) => ({
        text: panelTitle(panel, mappedTotal(panel, nameOfCode)),
        left: place(i).left,
        top: place(i).top,
        textStyle: { fontSize: 13, fontWeight: "bold", color: "#1a1a1a" },
      })),
      { text: legendTitle, left: 0, top: 0, textStyle: { fontSize: 12, fontWeight: "normal", color: "#333" } },
    ],
    visualMap: {
      type: "continuous",
      seriesIndex: panels.map((_, i) => i),
      min: 0,
      max,
      orient: "horizontal",
      left: 0,
      top: 22,
      itemWidth: 12,
      itemHeight: 140,
      text: [String(max), "0"],
      textGap: 6,
      calculable: false,
      inRange: { color: COLOUR_SCALE },
    },
    // Each panel's main map, then each panel's 南海诸岛 inset: the series point at the first n.
    geo: [
      ...panels.map((_, i) => ({
      map: MAP_NAME,
      boundingCoords: MAIN_BOUNDS,
      clip: true,
      roam: false,
      left: place(i).left,
      top: place(i).top + TITLE_HEIGHT,
      width: w,
      height: h,
      itemStyle: { ...REGION_STYLE, borderWidth: 0.3 },
      emphasis: { label: { show: false }, itemStyle: { areaColor: "#ff8c42" } },
      select: { disabled: true },
      label: { show: false },
      regions: [{ ...DASHED_LINE, itemStyle: { ...DASHED_LINE.itemStyle, borderWidth: 0.6 } }],
      })),
      ...panels.map((_, i) => ({
        map: INSET_MAP_NAME,
        boundingCoords: INSET_BOUNDS,
        clip: true,
        silent: true,
        ...insetBox(place(i).left, place(i).top + TITLE_HEIGHT, w, h),
        itemStyle: { ...REGION_STYLE, borderWidth: 0.3 },
        regions: [{ ...DASHED_LINE, itemStyle: { ...DASHED_LINE.itemStyle, borderWidth: 0.6 } }],
      })),
    ],
    graphic: panels.map((_, i) => {
      const box = insetBox(place(i).left, place(i).top + TITLE_HEIGHT, w, h);
      return { type: "rect", left: box.left, top: box.top, silent: true, shape: { width: box.width, height: box.height }, style: { fill: "transparent", stroke: "#888", lineWidth: 0.8 } };
    }),
    series: panels.map((panel, i) => ({
      type: "map",
      name: panel.label,
      geoIndex: i,
      data: Object.entries(panel.counts)
        .filter(([code, n]) => nameOfCode[code] && n > 0)
        .map(([code, n]) => ({ name: nameOfCode[code], value: n })),
    })),
  };
}
