// The choropleth's ECharts option, shared by the map in the browser (ChinaMap) and the figure
// rendered on the server (/api/map.svg, /api/map.png), so a downloaded figure is the map on screen.
import type * as echarts from "echarts/core";
import chinaProvinces from "@/data/geo/china-provinces.json";
import southChinaSea from "@/data/geo/south-china-sea.json";
import type { RegionSummary } from "@/lib/definitions";
import { largestValue, type RegionMeasure } from "@/lib/map-measure";

type GeoJsonMap = Parameters<typeof echarts.registerMap>[1];
// Not "china": ECharts patches a map of that name with its own South China Sea box.
export const MAP_NAME = "china-provinces";
export const INSET_MAP_NAME = "south-china-sea";

/** Registers the boundaries with an ECharts build (the browser's or the server's), once. */
export function registerChinaMaps(lib: Pick<typeof echarts, "getMap" | "registerMap">): void {
  if (!lib.getMap(MAP_NAME)) lib.registerMap(MAP_NAME, chinaProvinces as unknown as GeoJsonMap);
  if (!lib.getMap(INSET_MAP_NAME)) lib.registerMap(INSET_MAP_NAME, southChinaSea as unknown as GeoJsonMap);
}

export interface GeoFeature {
  properties: { name: string; cp?: [number, number] };
}
export const PROVINCE_FEATURES = (chinaProvinces as unknown as { features: GeoFeature[] }).features;

/** The main map stops just south of Hainan; the islands and the dashed line sit in an inset. */
export const MAIN_BOUNDS = [[73, 54], [135.5, 17.8]];
export const INSET_BOUNDS = [[105.5, 25.5], [124, 2.5]];
export const INSET_BOX = { right: 16, bottom: 16, width: 96, height: 132 };
export const DASHED_LINE = { name: "南海诸岛", silent: true, itemStyle: { areaColor: "transparent", borderColor: "#555", borderWidth: 1.2 } };
export const REGION_STYLE = { areaColor: "#e6e6e6", borderColor: "#666", borderWidth: 0.6 };
/** Picked for comparison: outlined, whatever its fill. */
const SELECTED_BORDER = { borderColor: "#d55e00", borderWidth: 2.5 };
/** Has statements, but none that match the filters: white, unlike grey "no statement at all". */
export const FILTERED_OUT_STYLE = { areaColor: "#ffffff", borderColor: "#666", borderWidth: 0.6 };

/** Names nudged off a neighbour's: 天津 sits beside 北京. */
const LABEL_OFFSETS: Record<string, [number, number]> = { 天津: [10, 8], 北京: [-4, -4] };
/** Regions drawn as markers with their names beside them, and where the name goes. */
const CALLOUTS: Record<string, "right" | "left"> = { 香港: "right", 澳门: "left" };

/** Region names are 11 px; at this scale (a degree of longitude in pixels) and above, a desktop map, every name is drawn. */
const LABEL_FONT_SIZE = 11;
const EVERY_NAME_SCALE = 10;

/** Each region's extent in degrees, from its boundary: the room its name has. */
let regionExtents: Map<string, { width: number; height: number }> | null = null;
function regionExtent(name: string): { width: number; height: number } | undefined {
  if (!regionExtents) {
    regionExtents = new Map();
    for (const feature of PROVINCE_FEATURES as (GeoFeature & { geometry: { coordinates: unknown } })[]) {
      const [xs, ys]: [number[], number[]] = [[], []];
      const walk = (node: unknown): void => {
        if (Array.isArray(node) && typeof node[0] === "number") {
          xs.push(node[0]);
          ys.push(node[1] as number);
        } else if (Array.isArray(node)) node.forEach(walk);
      };
      walk(feature.geometry.coordinates);
      regionExtents.set(feature.properties.name, { width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) });
    }
  }
  return regionExtents.get(name);
}

/** About how wide a name is drawn: a CJK character a full em, a Latin letter about 0.6 em. */
export function labelWidth(text: string, fontSize = LABEL_FONT_SIZE): number {
  return [...text].reduce((width, ch) => width + (/[\u3000-\u9fff]/.test(ch) ? fontSize : fontSize * 0.6), 0);
}

/**
 * Whether a region's name is drawn at `pixelsPerDegree`: always on a desktop-sized map; on a small
 * one only where the name fits inside the region, so that names never pile up on a phone (the
 * tooltip still names every region).
 */
export function nameFits(name: string, label: string, pixelsPerDegree: number): boolean {
  if (pixelsPerDegree >= EVERY_NAME_SCALE) return true;
  const extent = regionExtent(name);
  return extent !== undefined && labelWidth(label) <= extent.width * pixelsPerDegree && LABEL_FONT_SIZE <= extent.height * pixelsPerDegree;
}

/** The part of a measured scale the option depends on: none on a desktop-sized map, so that it is drawn once. */
export function scaleThatMatters(pixelsPerDegree: number): number | undefined {
  return pixelsPerDegree >= EVERY_NAME_SCALE ? undefined : Math.round(pixelsPerDegree * 10) / 10;
}

/** The continuous legend's bar (140 px) and its two end labels: where its title goes. */
const LEGEND_HEIGHT = 214;
/** The flat legend of a small map: its bar and end labels on one line. */
const SMALL_LEGEND_HEIGHT = 32;

/** Sequential, colour-blind-safe (viridis-like, light to dark). */
export const COLOUR_SCALE = ["#fde725", "#5ec962", "#21918c", "#3b528b", "#440154"];

/** Another measure drawn in place of statement counts (the trace page's days until each region echoed). */
export interface RegionColouring {
  /** Value per region name; a region without one is drawn in `otherwise.colour`. */
  values: Record<string, number>;
  max: number;
  /** Legend text at the high and the low end. */
  legend: [string, string];
  colours: string[];
  otherwise: { colour: string; label: string };
  /** A colour per region name for regions without a value, in place of `otherwise.colour`. */
  categories?: Record<string, string>;
  /** Tooltip line per region name. */
  notes: Record<string, string>;
}

export interface ChoroplethInput {
  regions: RegionSummary[];
  colouring?: RegionColouring;
  /** What each region is drawn as, by name (lib/map-measure.ts): without it, statement counts, white where the filters leave none. */
  measures?: Record<string, RegionMeasure>;
  /** Region codes outlined as picked for comparison. */
  selected?: string[];
  /** The legend's ends, high then low, for statement counts. */
  legendText: [string, string];
  /** What the legend counts ("Directives per region"), written above it. */
  legendTitle?: string;
  /** The short name drawn on a region (河南, or Henan), by its Chinese name; no labels without it. */
  regionLabel?: (name: string) => string;
  /** The map's scale, pixels a degree of longitude, once drawn: names that do not fit a small map are left off. */
  pixelsPerDegree?: number;
  /** Room kept around the map: the figure keeps some for its title and source line. */
  margin?: { top: number; bottom: number };
}

/** The map's option without interaction (tooltip, events): geography, fills, legend, inset. */
export function choroplethOption({ regions, colouring, measures, selected = [], legendText, legendTitle, regionLabel, pixelsPerDegree, margin = { top: 8, bottom: 8 } }: ChoroplethInput) {
  const mapped = regions.filter((r) => r.code !== "central");
  // One entry per region name: ECharts keeps only the last entry of a name.
  const regionStyles = new Map<string, { name: string; itemStyle?: object; label?: object }>();
  const styleRegion = (name: string, style: { itemStyle?: object; label?: object }) => {
    const entry = regionStyles.get(name) ?? { name };
    regionStyles.set(name, { ...entry, ...style, itemStyle: { ...entry.itemStyle, ...style.itemStyle } });
  };
  for (const r of colouring ? mapped.filter((r) => colouring.values[r.name] === undefined) : []) styleRegion(r.name, { itemStyle: { ...REGION_STYLE, areaColor: colouring!.categories?.[r.name] ?? colouring!.otherwise.colour } });
  const noMatch = colouring ? [] : measures ? mapped.filter((r) => measures[r.name]?.state === "no-match") : mapped.filter((r) => r.statements === 0 && r.allStatements > 0);
  for (const r of noMatch) styleRegion(r.name, { itemStyle: FILTERED_OUT_STYLE });
  for (const code of selected) {
    const region = regions.find((r) => r.code === code);
    if (region) styleRegion(region.name, { itemStyle: SELECTED_BORDER });
  }
  for (const [name, offset] of Object.entries(LABEL_OFFSETS)) styleRegion(name, { label: { offset } });
  // Too small to name or pick as shapes: a marker with its name beside it stands for each.
  for (const name of Object.keys(CALLOUTS)) styleRegion(name, { label: { show: false } });
  if (regionLabel && pixelsPerDegree !== undefined) {
    for (const r of mapped) if (!CALLOUTS[r.name] && !nameFits(r.name, regionLabel(r.name), pixelsPerDegree)) styleRegion(r.name, { label: { show: false } });
  }
  const max = measures ? largestValue(measures) : Math.max(1, ...mapped.map((r) => r.statements));
  // On a small map the land keeps to the top, the legend lies flat under it beside the inset: neither covers land.
  const small = pixelsPerDegree !== undefined && pixelsPerDegree < EVERY_NAME_SCALE;
  const landBottom = small ? Math.max(INSET_BOX.bottom, margin.bottom) + INSET_BOX.height + 4 : margin.bottom;
  return {
    visualMap: {
      type: "continuous",
      seriesIndex: 0, // not the markers: they keep their own style
      min: 0,
      max: colouring?.max ?? max,
      left: 8,
      bottom: margin.bottom,
      ...(small ? { orient: "horizontal", itemWidth: 12, itemHeight: 110, textGap: 6 } : {}),
      text: colouring?.legend ?? legendText,
      calculable: false,
      inRange: { color: colouring?.colours ?? COLOUR_SCALE },
    },
    geo: [
      {
        map: MAP_NAME,
        boundingCoords: MAIN_BOUNDS,
        clip: true,
        left: 8,
        right: 8,
        top: margin.top,
        bottom: landBottom,
        roam: false,
        itemStyle: REGION_STYLE,
        emphasis: { label: { show: false }, itemStyle: { areaColor: "#ff8c42" } },
        select: { disabled: true },
        label: regionLabel
          ? { show: true, fontSize: LABEL_FONT_SIZE, color: "#1a1a1a", textBorderColor: "#fff", textBorderWidth: 2, formatter: ({ name }: { name: string }) => regionLabel(name) }
          : { show: false },
        regions: [{ ...DASHED_LINE, label: { show: false } }, ...regionStyles.values()],
      },
      {
        map: INSET_MAP_NAME,
        boundingCoords: INSET_BOUNDS,
        clip: true,
        silent: true,
        ...INSET_BOX,
        bottom: Math.max(INSET_BOX.bottom, margin.bottom),
        itemStyle: REGION_STYLE,
        regions: [DASHED_LINE],
      },
    ],
    graphic: [
      {
        type: "rect",
        right: INSET_BOX.right,
        bottom: Math.max(INSET_BOX.bottom, margin.bottom),
        silent: true,
        shape: { width: INSET_BOX.width, height: INSET_BOX.height },
        style: { fill: "transparent", stroke: "#888", lineWidth: 1 },
      },
      ...(legendTitle
        ? [{ type: "text", left: 8, bottom: margin.bottom + (small ? SMALL_LEGEND_HEIGHT : LEGEND_HEIGHT), silent: true, z: 10, style: { text: legendTitle, fontSize: 13, fontWeight: "bold", fill: "#333" } }]
        : []),
    ] as Record<string, unknown>[],
    series: [
      {
        type: "map",
        geoIndex: 0,
        data: colouring
          ? Object.entries(colouring.values).map(([name, value]) => ({ name, value }))
          : measures
            ? Object.entries(measures).flatMap(([name, m]) => (m.state === "counted" ? [{ name, value: m.value }] : []))
            : mapped.filter((r) => r.statements > 0).map((r) => ({ name: r.name, value: r.statements })),
      },
      {
        type: "scatter",
        coordinateSystem: "geo",
        geoIndex: 0,
        symbolSize: 9,
        itemStyle: { color: "#fff", borderColor: "#333", borderWidth: 1.5 },
        emphasis: { itemStyle: { color: "#ff8c42" } },
        data: Object.entries(CALLOUTS).map(([name, position]) => ({
          name,
          value: PROVINCE_FEATURES.find((f) => f.properties.name === name)?.properties.cp ?? [0, 0],
          label: { show: true, position, distance: 4, fontSize: 11, color: "#1a1a1a", textBorderColor: "#fff", textBorderWidth: 2, formatter: () => regionLabel?.(name) ?? name },
        })),
      },
    ],
  };
}
