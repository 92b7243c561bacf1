"use client";

import { useCallback, useMemo, useRef, useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import ReactEChartsCore from "echarts-for-react/esm/core";
import * as echarts from "echarts/core";
import { MapChart } from "echarts/charts";
import { GeoComponent, GraphicComponent, TooltipComponent, VisualMapComponent } from "echarts/components";
import { CanvasRenderer } from "echarts/renderers";
import type { EChartsType } from "echarts/core";
import chinaProvinces from "@/data/geo/china-provinces.json";
import southChinaSea from "@/data/geo/south-china-sea.json";
import type { RegionSummary } from "@/lib/definitions";
import { localName, messagesFor, withLang, type Locale } from "@/lib/i18n";
import { compareHref, MAX_COMPARED } from "@/lib/compare-selection";
import { escapeHtml, regionTooltipHtml } from "./region-tooltip";

// Only the parts the map uses, so the page ships a fraction of ECharts.
echarts.use([MapChart, GeoComponent, GraphicComponent, TooltipComponent, VisualMapComponent, CanvasRenderer]);

type GeoJsonMap = Parameters<typeof echarts.registerMap>[1];
// Not "china": ECharts patches a map of that name with its own South China Sea box.
const MAP_NAME = "china-provinces";
const INSET_MAP_NAME = "south-china-sea";
if (!echarts.getMap(MAP_NAME)) echarts.registerMap(MAP_NAME, chinaProvinces as unknown as GeoJsonMap);
if (!echarts.getMap(INSET_MAP_NAME)) echarts.registerMap(INSET_MAP_NAME, southChinaSea as unknown as GeoJsonMap);

/** The main map stops just south of Hainan; the islands and the dashed line sit in an inset. */
const MAIN_BOUNDS = [[73, 54], [135.5, 17.8]];
const INSET_BOUNDS = [[105.5, 25.5], [124, 2.5]];
const INSET_BOX = { right: 16, bottom: 16, width: 96, height: 132 };
const DASHED_LINE = { name: "南海诸岛", silent: true, itemStyle: { areaColor: "transparent", borderColor: "#555", borderWidth: 1.2 } };
const REGION_STYLE = { areaColor: "#e6e6e6", borderColor: "#666", borderWidth: 0.6 };
/** Picked for comparison: outlined, whatever its fill. */
const SELECTED_BORDER = { borderColor: "#d55e00", borderWidth: 2.5 };
/** Has statements, but none that match the filters: white, unlike grey "no statement at all". */
const FILTERED_OUT_STYLE = { areaColor: "#ffffff", borderColor: "#666", borderWidth: 0.6 };

/** Sequential, colour-blind-safe (viridis-like, light to dark). */
const COLOUR_SCALE = ["#fde725", "#5ec962", "#21918c", "#3b528b", "#440154"];

/** Another measure drawn in place of statement counts (the trace page's days until each region echoed). */
export interface RegionColouring {
  /** Value per region name; a region without one is drawn in `otherwise.colour`. */
  values: Record<string, number>;
  max: number;
  /** Legend text at the high and the low end. */
  legend: [string, string];
  colours: string[];
  otherwise: { colour: string; label: string };
  /** Tooltip line per region name. */
  notes: Record<string, string>;
}

interface GeoFeature {
  properties: { name: string; cp?: [number, number] };
}

/**
 * The choropleth of statement counts, or of another measure (`colouring`). Click opens a region;
 * shift-click picks regions for the side-by-side comparison.
 */
export default function ChinaMap({
  regions,
  locale,
  lang = null,
  colouring,
}: {
  regions: RegionSummary[];
  locale: Locale;
  /** The view's `?lang=`, kept in the links the map opens. */
  lang?: Locale | null;
  colouring?: RegionColouring;
}) {
  const router = useRouter();
  const t = messagesFor(locale);
  const chartRef = useRef<EChartsType | null>(null);
  const [regionPoints, setRegionPoints] = useState<Record<string, [number, number]> | null>(null);
  const [selected, setSelected] = useState<string[]>([]);
  const [regionFills, setRegionFills] = useState<Record<string, string> | null>(null);
  const byName = useMemo(() => new Map(regions.map((r) => [r.name, r])), [regions]);
  const byCode = useMemo(() => new Map(regions.map((r) => [r.code, r])), [regions]);
  const max = Math.max(1, ...regions.filter((r) => r.code !== "central").map((r) => r.statements));

  const option = useMemo(
    () => ({
      tooltip: {
        trigger: "item",
        confine: true,
        className: "map-tooltip",
        formatter: (params: { name: string }) => {
          if (colouring) {
            return `<div class="tip" data-region="${escapeHtml(params.name)}"><strong>${escapeHtml(params.name)}</strong><div>${escapeHtml(colouring.notes[params.name] ?? colouring.otherwise.label)}</div></div>`;
          }
          const region = byName.get(params.name);
          return regionTooltipHtml(region, params.name, { locale, selected: region ? selected.includes(region.code) : false });
        },
      },
      visualMap: {
        type: "continuous",
        min: 0,
        max: colouring?.max ?? max,
        left: 8,
        bottom: 8,
        text: colouring?.legend ?? [t.statementCount(max), "0"],
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
          top: 8,
          bottom: 8,
          roam: false,
          itemStyle: REGION_STYLE,
          emphasis: { label: { show: false }, itemStyle: { areaColor: "#ff8c42" } },
          select: { disabled: true },
          regions: [
            DASHED_LINE,
            ...(colouring
              ? regions
                  .filter((r) => r.code !== "central" && colouring.values[r.name] === undefined)
                  .map((r) => ({ name: r.name, itemStyle: { ...REGION_STYLE, areaColor: colouring.otherwise.colour } }))
              : regions.filter((r) => r.statements === 0 && r.allStatements > 0).map((r) => ({ name: r.name, itemStyle: FILTERED_OUT_STYLE }))),
            ...selected.flatMap((code) => {
              const region = byCode.get(code);
              return region ? [{ name: region.name, itemStyle: SELECTED_BORDER }] : [];
            }),
          ],
        },
        {
          map: INSET_MAP_NAME,
          boundingCoords: INSET_BOUNDS,
          clip: true,
          silent: true,
          ...INSET_BOX,
          itemStyle: REGION_STYLE,
          regions: [DASHED_LINE],
        },
      ],
      graphic: [
        {
          type: "rect",
          right: INSET_BOX.right,
          bottom: INSET_BOX.bottom,
          silent: true,
          shape: { width: INSET_BOX.width, height: INSET_BOX.height },
          style: { fill: "transparent", stroke: "#888", lineWidth: 1 },
        },
      ],
      series: [
        {
          type: "map",
          geoIndex: 0,
          data: colouring
            ? Object.entries(colouring.values).map(([name, value]) => ({ name, value }))
            : regions.filter((r) => r.code !== "central" && r.statements > 0).map((r) => ({ name: r.name, value: r.statements })),
        },
      ],
    }),
    [byName, byCode, colouring, max, regions, selected, locale, t],
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
    if (colouring) {
      // The colours ECharts actually gave each region, for tests and for checking the legend by eye.
      const fills: Record<string, string> = {};
      Object.keys(colouring.values).forEach((name, dataIndex) => {
        fills[name] = String(chart.getVisual({ seriesIndex: 0, dataIndex }, "color"));
      });
      setRegionFills((previous) => (JSON.stringify(previous) === JSON.stringify(fills) ? previous : fills));
    }
  }, [colouring]);

  const onEvents = useMemo(
    () => ({
      click: (params: { name: string; event?: { event?: MouseEvent } }) => {
        const region = byName.get(params.name);
        if (!region) return;
        if (params.event?.event?.shiftKey) {
          setSelected((current) =>
            current.includes(region.code) ? current.filter((c) => c !== region.code) : [...current, region.code].slice(-MAX_COMPARED),
          );
        } else router.push(withLang(`/province/${region.code}`, lang));
      },
      finished: onFinished,
    }),
    [byName, lang, onFinished, router],
  );

  return (
    <>
    <div
      className="china-map"
      data-testid="china-map"
      data-render-finished={regionPoints ? "true" : undefined}
      data-region-points={regionPoints ? JSON.stringify(regionPoints) : undefined}
      data-region-fills={regionFills ? JSON.stringify(regionFills) : undefined}
      data-region-counts={JSON.stringify(Object.fromEntries(regions.filter((r) => r.code !== "central").map((r) => [r.name, r.statements])))}
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
    {colouring ? null : (
    <div className="compare-tray" data-testid="compare-tray" aria-live="polite">
      {selected.length === 0 ? (
        <span className="statement-meta">{t.compareHint}</span>
      ) : (
        <>
          <strong>{t.compareSelection}:</strong>{" "}
          {selected.map((code) => {
            const region = byCode.get(code);
            return (
              <button
                key={code}
                type="button"
                className="chip-button"
                onClick={() => setSelected((current) => current.filter((c) => c !== code))}
                aria-label={`${t.clearSelection}: ${region ? localName(locale, region) : code}`}
              >
                {region ? localName(locale, region) : code} ×
              </button>
            );
          })}{" "}
          <Link href={withLang(compareHref(selected), lang)}>{t.openCompare}</Link>{" "}
          <button type="button" className="chip-button" onClick={() => setSelected([])}>
            {t.clearSelection}
          </button>
        </>
      )}
    </div>
    )}
    </>
  );
}
