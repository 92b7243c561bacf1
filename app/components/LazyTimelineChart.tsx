"use client";

import dynamic from "next/dynamic";

// ECharts loads after the page is interactive, as for the map (LazyChinaMap).
const TimelineChart = dynamic(() => import("./TimelineChart"), {
  ssr: false,
  loading: () => <div className="timeline-chart" aria-busy="true" aria-label="Loading the timeline" />,
});

export default TimelineChart;
