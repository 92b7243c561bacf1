// A timeline's ECharts option: statements on a real date axis (ECharts' time axis), a row per
// speaker or office, one dot per row and day sized by how many statements fell on it, so quiet
// stretches show as gaps.

export interface TimelinePoint {
  id: number;
  /** ISO day. */
  date: string;
  /** The row it sits on: a speaker, an office. */
  row: string;
  /** First sentence, for the tooltip. */
  text: string;
  articleId: number;
}

export interface TimelineDay {
  date: string;
  row: string;
  statements: TimelinePoint[];
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** Okabe–Ito, as the speakers' colours elsewhere (speaker-colours.ts). */
const PALETTE = ["#E69F00", "#56B4E9", "#009E73", "#0072B2", "#D55E00", "#CC79A7", "#999999", "#F0E442"];
export const ROW_HEIGHT = 34;
export const AXIS_HEIGHT = 56;

/** The statements grouped by row and day, rows by first appearance, days in order. */
export function timelineDays(points: TimelinePoint[]): { rows: string[]; days: TimelineDay[] } {
  const sorted = [...points].sort((a, b) => a.date.localeCompare(b.date) || a.id - b.id);
  const rows = [...new Set(sorted.map((p) => p.row))];
  const byKey = new Map<string, TimelineDay>();
  for (const p of sorted) {
    const key = `${p.row}\u0000${p.date}`;
    const day = byKey.get(key) ?? { date: p.date, row: p.row, statements: [] };
    day.statements.push(p);
    byKey.set(key, day);
  }
  return { rows, days: [...byKey.values()] };
}

/** The axis's ends: the first and last day, with a margin of a twentieth of the span (at least a week) each side. */
export function timelineBounds(days: TimelineDay[]): [number, number] {
  const times = days.map((d) => Date.parse(d.date));
  const first = Math.min(...times);
  const last = Math.max(...times);
  const margin = Math.max(7 * DAY_MS, (last - first) / 20);
  return [first - margin, last + margin];
}

export function timelineHeight(rowCount: number): number {
  return AXIS_HEIGHT + Math.max(1, rowCount) * ROW_HEIGHT;
}

export function timelineOption(points: TimelinePoint[], labelWidth = 120) {
  const { rows, days } = timelineDays(points);
  const [min, max] = timelineBounds(days);
  return {
    grid: { left: labelWidth, right: 24, top: 8, bottom: AXIS_HEIGHT - 8 },
    xAxis: { type: "time", min, max, axisLabel: { hideOverlap: true, color: "#444" }, splitLine: { show: true, lineStyle: { color: "#eee" } } },
    yAxis: { type: "category", data: rows, inverse: true, axisTick: { show: false }, axisLabel: { color: "#1a1a1a", width: labelWidth - 12, overflow: "truncate" } },
    series: rows.map((row, i) => ({
      type: "scatter",
      name: row,
      itemStyle: { color: PALETTE[i % PALETTE.length], borderColor: "#333", borderWidth: 0.5 },
      data: days
        .filter((d) => d.row === row)
        .map((d) => ({ value: [d.date, row, d.statements.length], ids: d.statements.map((s) => s.id) })),
      symbolSize: (value: [string, string, number]) => 8 + 4 * Math.sqrt(value[2] - 1),
    })),
  };
}
