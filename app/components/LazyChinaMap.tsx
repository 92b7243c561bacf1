"use client";

import dynamic from "next/dynamic";

// ECharts and the boundaries are two thirds of the map page's JavaScript: they load after the
// page is interactive, so first-load JS stays within its budget (npm run bench).
const ChinaMap = dynamic(() => import("./ChinaMap"), {
  ssr: false,
  loading: () => <div className="china-map" aria-busy="true" aria-label="Loading the map" />,
});

export default ChinaMap;
