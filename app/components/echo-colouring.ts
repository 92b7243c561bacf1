import type { RegionEchoState, RegionEchoTiming } from "@/lib/db/echoes";
import type { Messages } from "@/lib/i18n";
import type { RegionColouring } from "./ChinaMap";

/** Viridis from dark (answered at once) to light (answered late): colour-blind-safe, ordered by lightness. */
const LAG_SCALE = ["#440154", "#3b528b", "#21918c", "#5ec962", "#fde725"];
/** Not echoed though the region spoke in the window: a hue outside the scale, unlike the map's grey. */
export const NEVER_COLOUR = "#f1b6b6";
/** No statements from the region in the window: silence there says nothing, so it stays pale grey. */
export const NO_ARTICLES_COLOUR = "#e8e8e8";
/** Echoed or cited, but the lag is unknown (an undated directive or statement): answered, never silent. */
export const UNDATED_ANSWER_COLOUR = "#8c6bb1";
const MIN_SCALE_DAYS = 7;

export function lagNote(t: Messages, lagDays: number | null, echoes = 0): string {
  if (lagDays === null) return t.neverEchoed;
  const when = lagDays === 0 ? t.echoedSameDay : t.echoedAfter(lagDays);
  return echoes > 1 ? `${when} ${t.echoClauses(echoes)}` : when;
}

export function stateNote(t: Messages, state: RegionEchoState, lagDays: number | null = null): string {
  if (state === "silent") return t.stateSilent;
  if (state === "no-articles") return t.stateNoArticles;
  const what = state === "cited" ? t.stateCited : t.stateEchoed;
  return lagDays === null ? what : `${what}, ${lagDays === 0 ? t.echoedSameDay : t.echoedAfter(lagDays)}`;
}

/** The trace map: regions that echoed or cited coloured by the days it took; the silent and the absent apart. */
export function lagColouring(regions: RegionEchoTiming[], t: Messages): RegionColouring {
  const answered = regions.filter((r) => r.firstLagDays !== null && (r.state === "echoed" || r.state === "cited"));
  const max = Math.max(MIN_SCALE_DAYS, ...answered.map((r) => r.firstLagDays!));
  return {
    values: Object.fromEntries(answered.map((r) => [r.name, r.firstLagDays!])),
    max,
    legend: [t.echoedAfter(max), t.echoedSameDay],
    colours: LAG_SCALE,
    otherwise: { colour: NEVER_COLOUR, label: t.stateSilent },
    categories: Object.fromEntries([
      ...regions.filter((r) => r.state === "no-articles").map((r) => [r.name, NO_ARTICLES_COLOUR]),
      ...regions.filter((r) => r.firstLagDays === null && (r.state === "echoed" || r.state === "cited")).map((r) => [r.name, UNDATED_ANSWER_COLOUR]),
    ]),
    notes: Object.fromEntries(regions.map((r) => [r.name, stateNote(t, r.state, r.firstLagDays)])),
  };
}
