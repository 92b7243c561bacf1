"use client";

import dynamic from "next/dynamic";

// ECharts loads after the page is interactive, as for the map (LazyChinaMap).
const CityMap = dynamic(() => import("./CityMap"), {
  ssr: false,
  loading: () => <div className="city-map" aria-busy="true" aria-label="Loading the city map" />,
});

export default CityMap;
