"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import ReactEChartsCore from "echarts-for-react/esm/core";
import * as echarts from "echarts/core";
import { MapChart } from "echarts/charts";
import { GeoComponent, GraphicComponent, TitleComponent, TooltipComponent, VisualMapComponent } from "echarts/components";
import { CanvasRenderer } from "echarts/renderers";
import type { PeriodRegionCounts } from "@/lib/db/period-counts";
import { messagesFor, withLang, type Locale } from "@/lib/i18n";
import { escapeHtml } from "./region-tooltip";
import { registerChinaMaps } from "./choropleth-option";
import { smallMultiplesHeight, smallMultiplesOption } from "./small-multiples-option";

echarts.use([MapChart, GeoComponent, GraphicComponent, TitleComponent, TooltipComponent, VisualMapComponent, CanvasRenderer]);
registerChinaMaps(echarts);

export interface MultiplesRegion {
  code: string;
  name: string;
  /** The name shown: 河南 or Henan. */
  label: string;
}

/** Panels per row for a chart this wide: two on a phone, four on a desktop. */
function columnsFor(width: number): number {
  return width < 560 ? 2 : width < 900 ? 3 : 4;
}

/**
 * One small map per period for the current filters, on one colour scale; clicking a region opens
 * it for that period.
 */
export default function SmallMultiples({
  panels,
  regions,
  locale,
  lang = null,
  legendTitle,
}: {
  panels: PeriodRegionCounts[];
  regions: MultiplesRegion[];
  locale: Locale;
  lang?: Locale | null;
  legendTitle: string;
}) {
  const router = useRouter();
  const t = messagesFor(locale);
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  const [drawn, setDrawn] = useState(false);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.floor(entry.contentRect.width)));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const nameOfCode = useMemo(() => Object.fromEntries(regions.map((r) => [r.code, r.name])), [regions]);
  const byName = useMemo(() => new Map(regions.map((r) => [r.name, r])), [regions]);
  const columns = columnsFor(width);
  const option = useMemo(
    () => ({
      tooltip: {
        trigger: "item",
        confine: true,
        formatter: (params: { name: string; seriesIndex: number; value?: number }) => {
          const panel = panels[params.seriesIndex];
          const region = byName.get(params.name);
          return `<strong>${escapeHtml(region?.label ?? params.name)}</strong> ${escapeHtml(panel?.label ?? "")}<br>${escapeHtml(t.statementCount(Number.isFinite(params.value) ? Number(params.value) : 0))}`;
        },
      },
      ...smallMultiplesOption({ panels, nameOfCode, columns, width: Math.max(width, 320), legendTitle, panelTitle: (p, n) => `${p.label} · ${n}` }),
    }),
    [byName, columns, legendTitle, nameOfCode, panels, t, width],
  );
  const counts = panels.map((p) => ({ label: p.label, from: p.from, to: p.to, counts: Object.fromEntries(Object.entries(p.counts).filter(([code]) => nameOfCode[code])) }));

  return (
    <div ref={box} className="small-multiples" data-testid="small-multiples" data-render-finished={drawn ? "true" : undefined} data-panels={JSON.stringify(counts)}>
      {width > 0 ? (
        <ReactEChartsCore
          echarts={echarts}
          option={option}
          notMerge
          // The first drawing can finish before the events are bound: ready counts as drawn.
          onChartReady={() => setDrawn(true)}
          style={{ height: smallMultiplesHeight(panels.length, columns, Math.max(width, 320)), width: "100%" }}
          onEvents={{
            finished: () => setDrawn(true),
            click: (params: { name: string; seriesIndex: number }) => {
              const region = byName.get(params.name);
              const panel = panels[params.seriesIndex];
              if (region && panel) router.push(withLang(`/province/${region.code}?from=${panel.from}&to=${panel.to}`, lang));
            },
          }}
        />
      ) : null}
    </div>
  );
}
