"use client";

import dynamic from "next/dynamic";

// ECharts and the boundaries load after the page is interactive, as for the map (LazyChinaMap).
const SmallMultiples = dynamic(() => import("./SmallMultiples"), {
  ssr: false,
  loading: () => <div className="small-multiples" aria-busy="true" aria-label="Loading the small multiples" />,
});

export default SmallMultiples;
