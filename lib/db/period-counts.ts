// Statements per region in each period of the small multiples, from the tally the map reads.
import type { MultiplePeriod } from "@/lib/period";
import type { Database } from "./client";
import type { StatementQuery } from "./queries";
import { regionTotals } from "./tally-sql";

export interface PeriodRegionCounts extends MultiplePeriod {
  /** Statements matching the filters per region code, central included; regions without any left out. */
  counts: Record<string, number>;
}

export async function regionCountsByPeriod(db: Database, filter: Omit<StatementQuery, "limit" | "q" | "offset">, periods: MultiplePeriod[]): Promise<PeriodRegionCounts[]> {
  // One period after another: the tally's reads are short, and a pool of parallel reads gains nothing on SQLite.
  const result: PeriodRegionCounts[] = [];
  for (const period of periods) {
    const totals = await regionTotals(db, { ...filter, from: period.from, to: period.to });
    result.push({ ...period, counts: Object.fromEntries(totals) });
  }
  return result;
}
