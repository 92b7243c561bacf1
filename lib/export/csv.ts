import { stringify } from "csv-stringify/sync";
import type { StatementRecord } from "@/lib/db/queries";

const COLUMNS: (keyof StatementRecord)[] = [
  "id", "region", "regionEn", "speaker", "office", "level", "date", "themes", "text", "articleId", "articleTitle", "sourceFile", "start", "end",
];

/** CSV that Excel opens as UTF-8 (byte order mark first), themes joined with "; ". */
export function statementsToCsv(records: StatementRecord[]): string {
  const rows = records.map((r) => COLUMNS.map((c) => (c === "themes" ? r.themes.join("; ") : (r[c] ?? ""))));
  return "\uFEFF" + stringify([COLUMNS, ...rows], { record_delimiter: "windows" });
}
