// The small multiples' ECharts option: one small map per period, all on one colour scale, so a
// directive's spread reads across the panels.
import type { PeriodRegionCounts } from "@/lib/db/period-counts";
import { COLOUR_SCALE, MAIN_BOUNDS, MAP_NAME, REGION_STYLE } from "./choropleth-option";

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
    geo: panels.map((_, i) => ({
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
      regions: [{ name: "南海诸岛", silent: true, itemStyle: { areaColor: "transparent", borderColor: "#555", borderWidth: 0.6 } }],
    })),
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
