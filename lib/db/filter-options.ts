// The values the map's filters can take in the data loaded: the leader field's suggestions, and
// what the page checks a filter against before it draws a map of zeros.
import type { Database } from "./client";
import { ANY } from "./tally";

/** Every speaker with a statement loaded, in code-point order; read from the tally's all-themes, all-dates rows. */
export async function speakerNames(db: Database): Promise<string[]> {
  const rows = await db.$queryRaw<{ speaker: string }[]>`
    SELECT DISTINCT "speaker" FROM "StatementTally" WHERE "themeId" = ${ANY} AND "period" = ${ANY} AND "speaker" IS NOT NULL ORDER BY "speaker"`;
  return rows.map((r) => r.speaker);
}
