// The accuracy figures of docs/method.md (written from `npm run eval`), read where they are kept so
// that the data page shows the same numbers as the method.
import { readFileSync } from "node:fs";
import path from "node:path";

export interface AccuracyFigures {
  /** The line that says what was measured and when ("Test split (101 articles, 592 gold lines), 2026-11-28:"). */
  measured: string;
  rows: { figure: string; test: string; dev: string }[];
}

const HEADER = /^\|\s*figure\s*\|\s*test\s*\|\s*dev\s*\|$/;

export function accuracyFigures(markdown: string): AccuracyFigures | null {
  const lines = markdown.split("\n").map((line) => line.trim());
  const header = lines.findIndex((line) => HEADER.test(line));
  if (header < 0) return null;
  const measured = [...lines.slice(0, header)].reverse().find((line) => line !== "") ?? "";
  const rows: AccuracyFigures["rows"] = [];
  for (const line of lines.slice(header + 2)) {
    if (!line.startsWith("|")) break;
    const [figure, test, dev] = line.slice(1, -1).split("|").map((cell) => cell.trim());
    rows.push({ figure, test, dev });
  }
  return { measured: measured.replace(/:$/, ""), rows };
}

export function methodAccuracy(): AccuracyFigures | null {
  try {
    return accuracyFigures(readFileSync(path.join(process.cwd(), "docs", "method.md"), "utf8"));
  } catch {
    return null;
  }
}
