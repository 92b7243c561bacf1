"use client";

import { useMemo, useState } from "react";
import { useRouter } from "next/navigation";
import ReactEChartsCore from "echarts-for-react/esm/core";
import * as echarts from "echarts/core";
import { ScatterChart } from "echarts/charts";
import { AriaComponent, GridComponent, TooltipComponent } from "echarts/components";
import { CanvasRenderer } from "echarts/renderers";
import { withLang, type Locale } from "@/lib/i18n";
import { escapeHtml } from "./region-tooltip";
import { timelineDays, timelineHeight, timelineOption, type TimelinePoint } from "./timeline-option";

echarts.use([ScatterChart, GridComponent, TooltipComponent, AriaComponent, CanvasRenderer]);

/** Statements on a date axis, a row per speaker or office; clicking a dot opens its first statement. */
export default function TimelineChart({ points, label, lang = null }: { points: TimelinePoint[]; label: string; lang?: Locale | null }) {
  const router = useRouter();
  const [drawn, setDrawn] = useState(false);
  const { rows, days } = useMemo(() => timelineDays(points), [points]);
  const byId = useMemo(() => new Map(points.map((p) => [p.id, p])), [points]);
  const option = useMemo(
    () => ({
      aria: { enabled: true, label: { description: label } },
      tooltip: {
        trigger: "item",
        confine: true,
        formatter: (params: { data: { value: [string, string, number]; ids: number[] } }) => {
          const [date, row, count] = params.data.value;
          const first = byId.get(params.data.ids[0]);
          return `<strong>${escapeHtml(date)}</strong> ${escapeHtml(row)} (${count})<br>${escapeHtml(first?.text ?? "")}`;
        },
      },
      ...timelineOption(points),
    }),
    [byId, label, points],
  );
  return (
    <div
      className="timeline-chart"
      data-testid="timeline-chart"
      data-axis="time"
      data-render-finished={drawn ? "true" : undefined}
      data-days={JSON.stringify(days.map((d) => [d.row, d.date, d.statements.length]))}
    >
      <ReactEChartsCore
        echarts={echarts}
        option={option}
        notMerge
        style={{ height: timelineHeight(rows.length), width: "100%" }}
        onChartReady={() => setDrawn(true)}
        onEvents={{
          click: (params: { data?: { ids?: number[] } }) => {
            const statement = params.data?.ids?.[0] !== undefined ? byId.get(params.data.ids[0]) : undefined;
            if (statement) router.push(withLang(`/article/${statement.articleId}#s-${statement.id}`, lang));
          },
        }}
      />
    </div>
  );
}
