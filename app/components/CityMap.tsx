"use client";

import { useMemo, useState } from "react";
import type { EChartsType } from "echarts/core";
import ReactEChartsCore from "echarts-for-react/esm/core";
import * as echarts from "echarts/core";
import { MapChart } from "echarts/charts";
import { GeoComponent, GraphicComponent, TooltipComponent, VisualMapComponent } from "echarts/components";
import { CanvasRenderer } from "echarts/renderers";
import type { CityBoundaries } from "@/lib/geo/city-boundaries";
import { escapeHtml } from "./region-tooltip";
import { cityChoroplethOption } from "./city-option";

echarts.use([MapChart, GeoComponent, GraphicComponent, TooltipComponent, VisualMapComponent, CanvasRenderer]);

export interface CityEntry {
  city: string;
  /** The tooltip's and list's count text ("5 statements"). */
  countText: string;
  total: number;
}

/**
 * A province's prefectures coloured by their municipal statements; clicking a city on the map or
 * in the list under it shows its statements (`lists`, rendered by the server).
 */
export default function CityMap({
  regionCode,
  boundaries,
  cities,
  lists,
  legendTitle,
  listLabel,
}: {
  regionCode: string;
  boundaries: CityBoundaries;
  cities: CityEntry[];
  lists: Record<string, React.ReactNode>;
  legendTitle: string;
  listLabel: string;
}) {
  const mapName = `cities-${regionCode}`;
  if (!echarts.getMap(mapName)) echarts.registerMap(mapName, boundaries as unknown as Parameters<typeof echarts.registerMap>[1]);
  const [selected, setSelected] = useState<string | null>(null);
  // Where each city's label sits on screen, once drawn: the marker tests wait on, and the points they click.
  const [points, setPoints] = useState<Record<string, number[]> | null>(null);
  const counts = useMemo(() => Object.fromEntries(cities.map((c) => [c.city, c.total])), [cities]);
  const byCity = useMemo(() => new Map(cities.map((c) => [c.city, c])), [cities]);
  const option = useMemo(
    () => ({
      tooltip: {
        trigger: "item",
        confine: true,
        formatter: ({ name }: { name: string }) => `<strong>${escapeHtml(name)}</strong><br>${escapeHtml(byCity.get(name)?.countText ?? "0")}`,
      },
      ...cityChoroplethOption({ mapName, counts, selected, legendTitle }),
    }),
    [byCity, counts, legendTitle, mapName, selected],
  );

  return (
    <div className="city-map-layout">
      <div className="city-map" data-testid="city-map" data-render-finished={points ? "true" : undefined} data-city-counts={JSON.stringify(counts)} data-city-points={points ? JSON.stringify(points) : undefined}>
        <ReactEChartsCore
          echarts={echarts}
          option={option}
          notMerge
          style={{ height: "100%", width: "100%" }}
          onChartReady={(chart: EChartsType) =>
            setPoints(Object.fromEntries(boundaries.features.map((f) => [f.properties.name, (chart.convertToPixel({ geoIndex: 0 }, f.properties.cp) as number[]).map(Math.round)])))
          }
          onEvents={{ click: ({ name }: { name: string }) => byCity.has(name) && setSelected(name) }}
        />
      </div>
      <div className="city-statements">
        <ul className="city-list" aria-label={listLabel}>
          {cities.map((c) => (
            <li key={c.city}>
              <button type="button" className="chip-button" aria-pressed={selected === c.city} onClick={() => setSelected(c.city)}>
                {c.city} <span className="count">{c.total}</span>
              </button>
            </li>
          ))}
        </ul>
        <div data-testid="city-statements" data-city={selected ?? ""} aria-live="polite">
          {selected ? lists[selected] : null}
        </div>
      </div>
    </div>
  );
}
