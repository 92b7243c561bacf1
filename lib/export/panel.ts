// The panel's rows as flat records, the same columns in JSON and CSV (docs/codebook-panel.md).
import type { PanelRow } from "@/lib/db/panel";
import { CAP_TOPICS } from "@/lib/topics";
import { recordsToCsv } from "./csv";

export type PanelRecord = Record<string, string | number | null>;

/** The topic column of CAP major topic `code`: "cap_5". */
export const topicColumn = (code: number) => `cap_${code}`;

export const PANEL_COLUMNS = [
  "region", "regionName", "regionNameEn", "adcode", "period", "periodStart", "periodEnd", "articles", "stories", "kind", "directives",
  ...CAP_TOPICS.map((t) => topicColumn(t.code)),
  "echoes", "medianLagDays",
];

export function panelRecords(rows: PanelRow[]): PanelRecord[] {
  return rows.map(({ topics, ...row }) => ({ ...row, ...Object.fromEntries(CAP_TOPICS.map((t) => [topicColumn(t.code), topics[t.code] ?? 0])) }));
}

export function panelToCsv(rows: PanelRow[]): string {
  return recordsToCsv(PANEL_COLUMNS, panelRecords(rows));
}
