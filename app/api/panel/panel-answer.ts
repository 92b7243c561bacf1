import { readDatabase } from "@/lib/db/client";
import { speakerNames } from "@/lib/db/filter-options";
import { PANEL_PERIODS, provincePanel, type PanelPeriod } from "@/lib/db/panel";
import { themeList } from "@/lib/db/queries";
import { panelRecords, panelToCsv } from "@/lib/export/panel";
import { parseStatementFilter } from "@/lib/filters";
import { unknownFilterValues } from "@/lib/known-filter-values";
import { jsonAnswer, type ApiAnswer } from "../filtered-records";

const UNITS = ["province"];

/** The panel's answer: its own parameters (unit, period, format), then the map's filters, each checked, 400 with a message otherwise. */
export async function panelAnswer(params: URLSearchParams): Promise<ApiAnswer> {
  const own = Object.fromEntries(["unit", "period", "format"].map((key) => [key, params.getAll(key)]));
  for (const [key, values] of Object.entries(own)) if (values.length > 1) return jsonAnswer(400, { error: `${key}: give it once, not ${values.length} times` });
  const unit = own.unit[0] ?? "province";
  const period = own.period[0] ?? "year";
  const format = own.format[0] ?? "json";
  if (!UNITS.includes(unit)) return jsonAnswer(400, { error: `unit: must be ${UNITS.join(", ")}` });
  if (!PANEL_PERIODS.includes(period as PanelPeriod)) return jsonAnswer(400, { error: `period: must be one of ${PANEL_PERIODS.join(", ")}` });
  if (format !== "json" && format !== "csv") return jsonAnswer(400, { error: "format: must be json or csv" });

  const filters = new URLSearchParams([...params].filter(([key]) => !(key in own)));
  // The statements API's paging means nothing here: a panel is one whole table.
  for (const key of ["limit", "offset"]) if (filters.has(key)) return jsonAnswer(400, { error: `unknown parameter ${key}` });
  const parsed = parseStatementFilter(filters);
  if (!parsed.ok) return jsonAnswer(400, { error: parsed.message });
  const db = readDatabase();
  const [themes, speakers] = await Promise.all([themeList(db), speakerNames(db)]);
  const unknown = unknownFilterValues(parsed.filter, { themeIds: themes.map((t) => t.id), speakers });
  if (unknown) return jsonAnswer(400, { error: unknown });

  const { region, leader, level, theme, kind, from, to } = parsed.filter;
  const filter = { region, leader, level, theme, kind, from, to };
  const rows = await provincePanel(db, filter, period as PanelPeriod);
  if (format === "csv") {
    const name = ["panel", unit, period, filter.region, filter.level, filter.theme, filter.kind, filter.from, filter.to].filter(Boolean).join("-");
    return {
      status: 200,
      headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${name}.csv"` },
      body: panelToCsv(rows),
    };
  }
  return jsonAnswer(200, { unit, period, filters: filter, count: rows.length, rows: panelRecords(rows) });
}
