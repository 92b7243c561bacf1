"use client";

import { useCallback, useMemo, useRef, useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import ReactEChartsCore from "echarts-for-react/esm/core";
import * as echarts from "echarts/core";
import { MapChart, ScatterChart } from "echarts/charts";
import { GeoComponent, GraphicComponent, TooltipComponent, VisualMapComponent } from "echarts/components";
import { CanvasRenderer } from "echarts/renderers";
import type { EChartsType } from "echarts/core";
import type { RegionSummary } from "@/lib/definitions";
import { localName, messagesFor, withLang, type Locale } from "@/lib/i18n";
import { compareHref, MAX_COMPARED } from "@/lib/compare-selection";
import { largestValue, perArticle, type RegionMeasure } from "@/lib/map-measure";
import { escapeHtml, regionTooltipHtml } from "./region-tooltip";
import { choroplethOption, PROVINCE_FEATURES, registerChinaMaps, scaleThatMatters, type RegionColouring } from "./choropleth-option";

// Only the parts the map uses, so the page ships a fraction of ECharts.
echarts.use([MapChart, ScatterChart, GeoComponent, GraphicComponent, TooltipComponent, VisualMapComponent, CanvasRenderer]);
registerChinaMaps(echarts);

export type { RegionColouring };

/**
 * The choropleth of statement counts, or of another measure (`colouring`). Click opens a region;
 * shift-click picks regions for the side-by-side comparison.
 */
export default function ChinaMap({
  regions,
  locale,
  lang = null,
  legendTitle,
  colouring,
  measures,
}: {
  regions: RegionSummary[];
  locale: Locale;
  /** The view's `?lang=`, kept in the links the map opens. */
  lang?: Locale | null;
  /** What the colours count, above the legend ("Directives per region"). */
  legendTitle?: string;
  colouring?: RegionColouring;
  /** What each region is drawn as, by name (lib/map-measure.ts): counts, coverage or per article, and "no articles". */
  measures?: Record<string, RegionMeasure>;
}) {
  const router = useRouter();
  const t = messagesFor(locale);
  const chartRef = useRef<EChartsType | null>(null);
  const [regionPoints, setRegionPoints] = useState<Record<string, [number, number]> | null>(null);
  const [selected, setSelected] = useState<string[]>([]);
  const [regionFills, setRegionFills] = useState<Record<string, string> | null>(null);
  const [pixelsPerDegree, setPixelsPerDegree] = useState<number | undefined>(undefined);
  const drawnScale = useRef<number | undefined>(undefined);
  const byName = useMemo(() => new Map(regions.map((r) => [r.name, r])), [regions]);
  const byCode = useMemo(() => new Map(regions.map((r) => [r.code, r])), [regions]);
  const coverageTooltipHtml = useCallback(
    (measure: RegionMeasure | undefined) => {
      if (!measure) return "";
      if (measure.state === "no-articles") return `<div class="tip-coverage" data-state="no-articles">${escapeHtml(t.tooltipNoArticles)}</div>`;
      const ratio = measure.stories > 0 && measure.statements > 0 ? ` · ${escapeHtml(t.tooltipPerArticle(measure.statements, measure.stories, perArticle(measure.statements, measure.stories).toFixed(2)))}` : "";
      return `<div class="tip-coverage" data-state="${measure.state}">${escapeHtml(t.tooltipCoverage(measure.articles, measure.stories))}${ratio}</div>`;
    },
    [t],
  );
  const max = measures ? largestValue(measures) : Math.max(1, ...regions.filter((r) => r.code !== "central").map((r) => r.statements));
  // A touch screen has no hover: a tap shows the tooltip, which then holds the link that opens the region.
  const [touch] = useState(() => typeof window !== "undefined" && window.matchMedia("(hover: none)").matches);

  const option = useMemo(
    () => ({
      tooltip: {
        trigger: "item",
        confine: true,
        enterable: touch,
        // On touch, shown by the tap handler below: ECharts' own click trigger hid it again on touchend.
        triggerOn: touch ? "none" : "mousemove|click",
        className: "map-tooltip",
        formatter: (params: { name: string }) => {
          if (colouring) {
            return `<div class="tip" data-region="${escapeHtml(params.name)}"><strong>${escapeHtml(params.name)}</strong><div>${escapeHtml(colouring.notes[params.name] ?? colouring.otherwise.label)}</div></div>`;
          }
          const region = byName.get(params.name);
          return (
            regionTooltipHtml(region, params.name, {
              locale,
              selected: region ? selected.includes(region.code) : false,
              openHref: touch && region ? withLang(`/province/${region.code}`, lang) : undefined,
            }) + coverageTooltipHtml(measures?.[params.name])
          );
        },
      },
      ...choroplethOption({ regions, colouring, measures, selected, legendText: [String(max), "0"], legendTitle: colouring ? undefined : legendTitle, pixelsPerDegree, regionLabel: (name) => {
        const region = byName.get(name);
        return region ? localName(locale, region) : name;
      } }),
    }),
    [byName, colouring, coverageTooltipHtml, legendTitle, max, measures, regions, selected, locale, touch, lang, pixelsPerDegree],
  );

  // After each render, record where each region sits on screen: the "render finished" marker
  // that tests wait on, and the points they hover.
  const onFinished = useCallback(() => {
    const chart = chartRef.current;
    if (!chart) return;
    // The drawn scale decides which names fit and where the legend goes (choropleth-option.ts): redraw at
    // the scale measured, and only then record the points, so the marker is set once the map has settled.
    const [west, east] = [chart.convertToPixel({ seriesIndex: 0 }, [73, 35]), chart.convertToPixel({ seriesIndex: 0 }, [135.5, 35])] as (number[] | undefined)[];
    const scale = west && east ? scaleThatMatters((east[0] - west[0]) / 62.5) : undefined;
    if (scale !== drawnScale.current) {
      drawnScale.current = scale;
      setPixelsPerDegree(scale);
      return;
    }
    const points: Record<string, [number, number]> = {};
    for (const feature of PROVINCE_FEATURES) {
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
      // Regions without a value are styled with their category's colour, or the colour for the rest.
      for (const feature of PROVINCE_FEATURES) {
        const name = feature.properties.name;
        if (!(name in fills)) fills[name] = colouring.categories?.[name] ?? colouring.otherwise.colour;
      }
      setRegionFills((previous) => (JSON.stringify(previous) === JSON.stringify(fills) ? previous : fills));
    }
  }, [colouring]);

  const onEvents = useMemo(
    () => ({
      click: (params: { name: string; event?: { offsetX: number; offsetY: number; event?: MouseEvent } }) => {
        const region = byName.get(params.name);
        if (touch && params.event) chartRef.current?.dispatchAction({ type: "showTip", x: params.event.offsetX, y: params.event.offsetY });
        if (!region || touch) return;
        if (params.event?.event?.shiftKey) {
          setSelected((current) =>
            current.includes(region.code) ? current.filter((c) => c !== region.code) : [...current, region.code].slice(-MAX_COMPARED),
          );
        } else router.push(withLang(`/province/${region.code}`, lang));
      },
      finished: onFinished,
    }),
    [byName, lang, onFinished, router, touch],
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
      data-region-states={measures ? JSON.stringify(Object.fromEntries(Object.entries(measures).map(([name, m]) => [name, m.state]))) : undefined}
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
