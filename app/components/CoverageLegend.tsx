import { messagesFor, type Locale } from "@/lib/i18n";
import type { MapMode } from "@/lib/map-measure";
import { COLOUR_SCALE, FILTERED_OUT_STYLE, REGION_STYLE } from "./choropleth-option";

/** The map's three states, each with its swatch: no articles (no data), articles but no match, and the values drawn. */
export default function CoverageLegend({ mode, kind, max, locale }: { mode: MapMode; kind: string; max: number; locale: Locale }) {
  const t = messagesFor(locale);
  const what = t.mapModes(kind)[mode];
  const items = [
    { state: "no-articles", label: t.legendNoArticles, swatch: { background: REGION_STYLE.areaColor } },
    // Coverage counts articles: a region with articles is counted, whatever its statements.
    ...(mode === "coverage" ? [] : [{ state: "no-match", label: t.legendNoMatch, swatch: { background: FILTERED_OUT_STYLE.areaColor } }]),
    {
      state: "counted",
      label: mode === "per-article" ? t.legendPerArticle(what, max.toFixed(2)) : t.legendCounted(what, String(max)),
      swatch: { background: `linear-gradient(to right, ${COLOUR_SCALE.join(", ")})` },
    },
  ];
  return (
    <ul className="coverage-legend" data-testid="coverage-legend">
      {items.map((item) => (
        <li key={item.state} data-state={item.state}>
          <span className="swatch" style={item.swatch} aria-hidden="true" />
          <span>{item.label}</span>
        </li>
      ))}
    </ul>
  );
}
