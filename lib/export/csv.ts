import { stringify } from "csv-stringify/sync";
import type { EchoRecord } from "@/lib/db/echoes";
import type { StatementRecord } from "@/lib/db/queries";

const STATEMENT_COLUMNS: (keyof StatementRecord)[] = [
  "id", "region", "regionEn", "city", "speaker", "office", "level", "date", "kind", "topics", "topicsZh", "topicsEn", "themes", "themesZh", "themesEn", "text",
  "articleId", "articleTitle", "sourceFile", "start", "end",
];

const ECHO_COLUMNS: (keyof EchoRecord)[] = [
  "id", "kind", "citedEvent", "citedEventDate", "lagDays", "score", "sharedSpans", "region", "regionEn", "speaker", "office", "level", "date", "text", "statementId", "articleId",
  "centralStatementId", "centralSpeaker", "centralDate", "centralText", "centralArticleId",
];

/**
 * CSV that Excel opens as UTF-8 (byte order mark first), lists joined with "; ". A text cell
 * starting with = + - @ (or their full-width forms), tab or CR gets a leading ' so that a
 * spreadsheet shows it instead of running it (OWASP's CSV-injection rule); numbers stay numbers.
 */
function recordsToCsv<T extends object>(columns: (keyof T)[], records: T[]): string {
  const rows = records.map((r) => columns.map((c) => {
    const value = r[c];
    return Array.isArray(value) ? value.join("; ") : (value ?? "");
  }));
  return "\uFEFF" + stringify([columns, ...rows], { record_delimiter: "windows", escape_formulas: true });
}

export function statementsToCsv(records: StatementRecord[]): string {
  return recordsToCsv(STATEMENT_COLUMNS, records);
}

export function echoesToCsv(records: EchoRecord[]): string {
  return recordsToCsv(ECHO_COLUMNS, records);
}
