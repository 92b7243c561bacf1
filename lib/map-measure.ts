// What the map colours: statement counts, coverage (articles loaded) or statements per article
// loaded, and the state each region is drawn in, so "no articles" never looks like "said nothing".

export const MAP_MODES = ["count", "coverage", "per-article"] as const;
export type MapMode = (typeof MAP_MODES)[number];
export const DEFAULT_MAP_MODE: MapMode = "count";

/** The map's `?mode=`: counts unless asked. */
export function parseMapMode(value: string | null): { ok: true; mode: MapMode } | { ok: false; message: string } {
  if (value === null || value === "") return { ok: true, mode: DEFAULT_MAP_MODE };
  const mode = MAP_MODES.find((m) => m === value);
  return mode ? { ok: true, mode } : { ok: false, message: `mode: must be one of ${MAP_MODES.join(", ")}` };
}

/**
 * no-articles: no article from the region in the period; no-match: articles, but no statement
 * matching the filters (or none to divide in per-article mode); counted: drawn by its value.
 */
export type RegionState = "no-articles" | "no-match" | "counted";

export interface RegionMeasure {
  state: RegionState;
  /** What the colour stands for; null unless counted. */
  value: number | null;
  statements: number;
  articles: number;
}

/** Statements per article, to two decimals: the figure shown is the figure coloured. */
export function perArticle(statements: number, articles: number): number {
  return Math.round((statements / articles) * 100) / 100;
}

/** Each region's state and value in `mode`, by region name. */
export function regionMeasures(
  regions: { name: string; code: string; statements: number }[],
  articlesByCode: Record<string, number>,
  mode: MapMode,
): Record<string, RegionMeasure> {
  const result: Record<string, RegionMeasure> = {};
  for (const r of regions) {
    const articles = articlesByCode[r.code] ?? 0;
    const base = { statements: r.statements, articles };
    if (mode === "coverage") result[r.name] = articles > 0 ? { ...base, state: "counted", value: articles } : { ...base, state: "no-articles", value: null };
    else if (mode === "per-article") {
      result[r.name] =
        articles === 0 ? { ...base, state: "no-articles", value: null } : r.statements === 0 ? { ...base, state: "no-match", value: null } : { ...base, state: "counted", value: perArticle(r.statements, articles) };
    }
    // A statement dated outside its article's period still counts where it is dated.
    else result[r.name] = r.statements > 0 ? { ...base, state: "counted", value: r.statements } : { ...base, state: articles > 0 ? "no-match" : "no-articles", value: null };
  }
  return result;
}

/** The largest value drawn (at least 1, so an empty map still has a scale). */
export function largestValue(measures: Record<string, RegionMeasure>): number {
  return Math.max(1, ...Object.values(measures).map((m) => m.value ?? 0));
}
