"use client";

import { useCallback, useMemo, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import ReactEChartsCore from "echarts-for-react/esm/core";
import * as echarts from "echarts/core";
import { MapChart } from "echarts/charts";
import { TooltipComponent, VisualMapComponent } from "echarts/components";
import { CanvasRenderer } from "echarts/renderers";
import type { EChartsType } from "echarts/core";
import chinaProvinces from "@/data/geo/china-provinces.json";
import type { RegionSummary } from "@/lib/definitions";
import { regionTooltipHtml } from "./region-tooltip";

// Only the parts the map uses, so the page ships a fraction of ECharts.
echarts.use([MapChart, TooltipComponent, VisualMapComponent, CanvasRenderer]);

const MAP_NAME = "china-provinces";
if (!echarts.getMap(MAP_NAME)) {
  echarts.registerMap(MAP_NAME, chinaProvinces as unknown as Parameters<typeof echarts.registerMap>[1]);
}

/** Sequential, colour-blind-safe (viridis-like, light to dark). */
const COLOUR_SCALE = ["#fde725", "#5ec962", "#21918c", "#3b528b", "#440154"];
const NO_DATA_COLOUR = "#e6e6e6";

interface GeoFeature {
  properties: { name: string; cp?: [number, number] };
}

export default function ChinaMap({ regions }: { regions: RegionSummary[] }) {
  const router = useRouter();
  const chartRef = useRef<EChartsType | null>(null);
  const [regionPoints, setRegionPoints] = useState<Record<string, [number, number]> | null>(null);
  const byName = useMemo(() => new Map(regions.map((r) => [r.name, r])), [regions]);
  const max = Math.max(1, ...regions.filter((r) => r.code !== "central").map((r) => r.statements));

  const option = useMemo(
    () => ({
      tooltip: {
        trigger: "item",
        confine: true,
        className: "map-tooltip",
        formatter: (params: { name: string }) => regionTooltipHtml(byName.get(params.name), params.name),
      },
      visualMap: {
        type: "continuous",
        min: 0,
        max,
        left: 8,
        bottom: 8,
        text: ["more", "0"],
        calculable: false,
        inRange: { color: COLOUR_SCALE },
      },
      series: [
        {
          type: "map",
          map: MAP_NAME,
          roam: false,
          layoutCenter: ["50%", "52%"],
          layoutSize: "98%",
          itemStyle: { areaColor: NO_DATA_COLOUR, borderColor: "#666", borderWidth: 0.6 },
          emphasis: { label: { show: false }, itemStyle: { areaColor: "#ff8c42" } },
          select: { disabled: true },
          data: regions
            .filter((r) => r.code !== "central" && r.statements > 0)
            .map((r) => ({ name: r.name, value: r.statements })),
        },
      ],
    }),
    [byName, max, regions],
  );

  // After each render, record where each region sits on screen: the "render finished" marker
  // that tests wait on, and the points they hover.
  const onFinished = useCallback(() => {
    const chart = chartRef.current;
    if (!chart) return;
    const points: Record<string, [number, number]> = {};
    for (const feature of (chinaProvinces as unknown as { features: GeoFeature[] }).features) {
      const cp = feature.properties.cp;
      if (!cp) continue;
      const pixel = chart.convertToPixel({ seriesIndex: 0 }, cp) as number[] | undefined;
      if (pixel) points[feature.properties.name] = [Math.round(pixel[0]), Math.round(pixel[1])];
    }
    setRegionPoints((previous) => (JSON.stringify(previous) === JSON.stringify(points) ? previous : points));
  }, []);

  const onEvents = useMemo(
    () => ({
      click: (params: { name: string }) => {
        const region = byName.get(params.name);
        if (region) router.push(`/province/${region.code}`);
      },
      finished: onFinished,
    }),
    [byName, onFinished, router],
  );

  return (
    <div
      className="china-map"
      data-testid="china-map"
      data-render-finished={regionPoints ? "true" : undefined}
      data-region-points={regionPoints ? JSON.stringify(regionPoints) : undefined}
    >
      <ReactEChartsCore
        echarts={echarts}
        option={option}
        notMerge
        style={{ height: "100%", width: "100%" }}
        onChartReady={(chart: EChartsType) => {
          chartRef.current = chart;
          onFinished();
        }}
        onEvents={onEvents}
      />
    </div>
  );
}
