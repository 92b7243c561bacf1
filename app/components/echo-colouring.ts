import type { RegionEchoTiming } from "@/lib/db/echoes";
import type { Messages } from "@/lib/i18n";
import type { RegionColouring } from "./ChinaMap";

/** Viridis from dark (echoed at once) to light (echoed late): colour-blind-safe, ordered by lightness. */
const LAG_SCALE = ["#440154", "#3b528b", "#21918c", "#5ec962", "#fde725"];
/** Never echoed: a hue outside the scale, lighter than its dark end and unlike the map's grey. */
export const NEVER_COLOUR = "#f1b6b6";
const MIN_SCALE_DAYS = 7;

export function lagNote(t: Messages, lagDays: number | null, echoes = 0): string {
  if (lagDays === null) return t.neverEchoed;
  const when = lagDays === 0 ? t.echoedSameDay : t.echoedAfter(lagDays);
  return echoes > 1 ? `${when} ${t.echoClauses(echoes)}` : when;
}

/** The trace map: each region coloured by the days until it first echoed; regions that never did apart. */
export function lagColouring(regions: RegionEchoTiming[], t: Messages): RegionColouring {
  const echoed = regions.filter((r) => r.firstLagDays !== null);
  const max = Math.max(MIN_SCALE_DAYS, ...echoed.map((r) => r.firstLagDays!));
  return {
    values: Object.fromEntries(echoed.map((r) => [r.name, r.firstLagDays!])),
    max,
    legend: [t.echoedAfter(max), t.echoedSameDay],
    colours: LAG_SCALE,
    otherwise: { colour: NEVER_COLOUR, label: lagNote(t, null) },
    notes: Object.fromEntries(regions.map((r) => [r.name, lagNote(t, r.firstLagDays, r.echoes)])),
  };
}
