// A benchmark figure, its budget, and how it is printed.

export interface Budget {
  op: ">=" | "<=";
  value: number;
}

export interface Figure {
  name: string;
  value: number | null;
  unit: string;
  /** Cores the figure was measured with (os.availableParallelism). */
  cores: number;
  budget?: Budget;
  /** Why the value is missing, or what it was measured on. */
  note?: string;
}

export type Verdict = "PASS" | "FAIL" | "INFO";

export function verdict(f: Figure): Verdict {
  if (!f.budget) return "INFO";
  if (f.value === null) return "FAIL";
  return (f.budget.op === ">=" ? f.value >= f.budget.value : f.value <= f.budget.value) ? "PASS" : "FAIL";
}

export function formatValue(f: Figure): string {
  if (f.value === null) return "not measured";
  const digits = Math.abs(f.value) >= 100 ? 0 : Math.abs(f.value) >= 10 ? 1 : 2;
  return `${f.value.toFixed(digits)} ${f.unit}`;
}

function formatBudget(f: Figure): string {
  return f.budget ? `${f.budget.op === ">=" ? "≥" : "≤"} ${f.budget.value} ${f.unit}` : "";
}

/** One line per figure: "PASS name: value (budget ≤ x unit) [2 cores]". */
export function budgetLine(f: Figure): string {
  const budget = f.budget ? ` (budget ${formatBudget(f)})` : "";
  const note = f.note ? ` — ${f.note}` : "";
  return `${verdict(f).padEnd(4)} ${f.name}: ${formatValue(f)}${budget} [${f.cores} cores]${note}`;
}

/** The figures as a Markdown table, for the README. */
export function markdownTable(figures: Figure[]): string {
  const rows = figures.map((f) => `| ${f.name} | ${formatValue(f)} | ${formatBudget(f)} | ${verdict(f)} |`);
  return ["| figure | value | budget | |", "| --- | --- | --- | --- |", ...rows].join("\n");
}

/** The p-th percentile (0..100) of the samples, nearest rank. */
export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
