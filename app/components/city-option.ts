// The province page's city map: prefecture-level regions coloured by their municipal statements.
import { COLOUR_SCALE, REGION_STYLE } from "./choropleth-option";

export interface CityMapInput {
  mapName: string;
  /** Statements per city short name. */
  counts: Record<string, number>;
  /** The city picked, outlined. */
  selected: string | null;
  legendTitle: string;
}

export function cityChoroplethOption({ mapName, counts, selected, legendTitle }: CityMapInput) {
  const max = Math.max(1, ...Object.values(counts));
  return {
    visualMap: {
      type: "continuous",
      min: 0,
      max,
      left: 4,
      bottom: 4,
      itemHeight: 90,
      text: [String(max), "0"],
      calculable: false,
      inRange: { color: COLOUR_SCALE },
    },
    graphic: [{ type: "text", left: 4, top: 4, silent: true, style: { text: legendTitle, fontSize: 12, fill: "#333" } }],
    geo: {
      map: mapName,
      roam: false,
      top: 28,
      bottom: 8,
      left: 8,
      right: 8,
      itemStyle: REGION_STYLE,
      emphasis: { itemStyle: { areaColor: "#ff8c42" }, label: { show: true } },
      select: { disabled: true },
      label: { show: true, fontSize: 10, color: "#1a1a1a", textBorderColor: "#fff", textBorderWidth: 2 },
      regions: selected ? [{ name: selected, itemStyle: { borderColor: "#d55e00", borderWidth: 2.5 } }] : [],
    },
    series: [{ type: "map", geoIndex: 0, data: Object.entries(counts).map(([name, value]) => ({ name, value })) }],
  };
}
