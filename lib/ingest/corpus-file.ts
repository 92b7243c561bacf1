// Corpus files: many articles in one file, one a record, with the fields of front matter plus
// `text`. JSONL holds one JSON object a line; CSV a header row, then a row an article (a field may
// span lines inside quotes). A bad record is reported by its line and the others are read.
import path from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import { parseArticleMetadata, type ArticleMetadata } from "./article-metadata";
import { ArticleFileError, articleHash, MAX_CORPUS_BYTES, readTextFile } from "./article-file";

export interface CorpusRecord {
  /** The line of the file where the record starts. */
  line: number;
  /** The record's identity within its file, for replacing it when it changes: its address, else its line. */
  key: string;
  raw: string;
  metadata: ArticleMetadata;
  contentHash: string;
}

export interface CorpusRecordProblem {
  line: number;
  reason: string;
}

export interface CorpusFile {
  realPath: string;
  records: CorpusRecord[];
  problems: CorpusRecordProblem[];
}

/** Reads a .jsonl or .csv corpus file; a file that cannot be read at all throws ArticleFileError. */
export function readCorpusFile(file: string): CorpusFile {
  const { realPath, text } = readTextFile(file, MAX_CORPUS_BYTES);
  const rows = path.extname(file).toLowerCase() === ".csv" ? csvRows(file, text) : jsonlRows(text);
  const records: CorpusRecord[] = [];
  const problems: CorpusRecordProblem[] = [...rows.problems];
  const lineOfKey = new Map<string, number>();
  for (const { line, value } of rows.values) {
    const record = corpusRecord(line, value);
    if ("reason" in record) {
      problems.push(record);
      continue;
    }
    const earlier = lineOfKey.get(record.key);
    if (earlier !== undefined) {
      problems.push({ line, reason: `the same url as the record on line ${earlier}` });
      continue;
    }
    lineOfKey.set(record.key, line);
    records.push(record);
  }
  return { realPath, records, problems: problems.sort((a, b) => a.line - b.line) };
}

type Rows = { values: { line: number; value: unknown }[]; problems: CorpusRecordProblem[] };

function jsonlRows(text: string): Rows {
  const rows: Rows = { values: [], problems: [] };
  for (const [index, content] of text.split("\n").entries()) {
    if (content.trim() === "") continue;
    try {
      rows.values.push({ line: index + 1, value: JSON.parse(content) });
    } catch (error) {
      rows.problems.push({ line: index + 1, reason: `not a JSON object (${(error as Error).message})` });
    }
  }
  return rows;
}

function csvRows(file: string, text: string): Rows {
  const rows: Rows = { values: [], problems: [] };
  let parsed: { record: Record<string, string>; raw: string; info: { lines: number } }[];
  try {
    parsed = parseCsv(text, {
      columns: csvHeader,
      bom: true,
      info: true,
      raw: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_skip: (error) => {
        if (error) rows.problems.push({ line: error.lines, reason: csvReason(error.message) });
        return undefined;
      },
    });
  } catch (error) {
    // Past the records: an unclosed quote runs to the end of the file, and the header itself.
    throw new ArticleFileError(file, `not a readable CSV file: ${csvReason((error as Error).message)}`);
  }
  for (const { record, raw, info } of parsed) {
    const extraLines = raw.replace(/\r?\n$/, "").split("\n").length - 1;
    rows.values.push({ line: info.lines - extraLines, value: record });
  }
  return rows;
}

function csvHeader(header: string[]): string[] {
  const names = header.map((name) => name.trim().toLowerCase());
  const repeated = names.find((name, i) => names.indexOf(name) !== i);
  if (repeated) throw new Error(`the header names the column "${repeated}" twice`);
  if (!names.includes("text")) throw new Error(`the header (line 1) has no "text" column; it has ${names.join(", ")}`);
  return names;
}

function csvReason(message: string): string {
  return message.replace(/ on line \d+$/, "").replace(/^Invalid Record Length: columns length is (\d+), got (\d+)$/, "$2 fields where the header has $1");
}

function corpusRecord(line: number, value: unknown): CorpusRecord | CorpusRecordProblem {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return { line, reason: "not a JSON object with fields (title, date, source, url, author, text)" };
  const { text, ...fields } = value as Record<string, unknown>;
  if (typeof text !== "string" || text.trim() === "") return { line, reason: text === undefined ? "no text field" : "text is empty or not text" };
  const checked = parseArticleMetadata(fields);
  if ("problem" in checked) return { line, reason: checked.problem };
  const raw = text.replace(/\r\n?/g, "\n");
  return { line, key: checked.metadata.url ?? `line ${line}`, raw, metadata: checked.metadata, contentHash: articleHash(raw, checked.metadata) };
}
