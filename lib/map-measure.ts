// What the map colours: statement counts, coverage (articles loaded, every paper) or statements per
// story (reprints once, as the statements are counted), and the state each region is drawn in, so
// "no articles" never looks like "said nothing". Definitions: docs/codebook-panel.md.
import type { RegionCoverage } from "@/lib/db/coverage";

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
  stories: number;
}

/** Statements per story, to two decimals: the figure shown is the figure coloured. */
export function perArticle(statements: number, stories: number): number {
  return Math.round((statements / stories) * 100) / 100;
}

/** Each region's state and value in `mode`, by region name. */
export function regionMeasures(
  regions: { name: string; code: string; statements: number }[],
  coverageByCode: Record<string, RegionCoverage>,
  mode: MapMode,
): Record<string, RegionMeasure> {
  const result: Record<string, RegionMeasure> = {};
  for (const r of regions) {
    const { articles, stories } = coverageByCode[r.code] ?? { articles: 0, stories: 0 };
    const base = { statements: r.statements, articles, stories };
    if (mode === "coverage") result[r.name] = articles > 0 ? { ...base, state: "counted", value: articles } : { ...base, state: "no-articles", value: null };
    else if (mode === "per-article") {
      result[r.name] =
        articles === 0
          ? { ...base, state: "no-articles", value: null }
          : r.statements === 0 || stories === 0
            ? { ...base, state: "no-match", value: null }
            : { ...base, state: "counted", value: perArticle(r.statements, stories) };
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
