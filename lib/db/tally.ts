// The statement tally behind the map: counts by region, speaker, office, level, theme and day,
// rebuilt from the statements in one transaction. SQLite SQL (printf), so it stays in lib/db;
// prisma/migrations/0004_scale fills the tally with the same statements.
import type { Database } from "./client";

/** Marks the rows that count every theme, or every date. */
export const ANY = "*";

const KEYS = `s."regionCode", s."speaker", s."office", s."level"`;
const LATEST = `MAX(s."date" || '#' || printf('%012d', s."id"))`;
const COLUMNS = `"regionCode", "speaker", "office", "level", "themeId", "period", "statements", "latest"`;

const TALLY_SQL = [
  `DELETE FROM "StatementTally"`,
  `INSERT INTO "StatementTally" (${COLUMNS})
   SELECT ${KEYS}, '${ANY}', s."date", COUNT(*), ${LATEST} FROM "Statement" s WHERE s."date" IS NOT NULL GROUP BY ${KEYS}, s."date"
   UNION ALL
   SELECT ${KEYS}, '${ANY}', '${ANY}', COUNT(*), ${LATEST} FROM "Statement" s GROUP BY ${KEYS}`,
  `INSERT INTO "StatementTally" (${COLUMNS})
   SELECT ${KEYS}, t."themeId", s."date", COUNT(*), ${LATEST}
     FROM "Statement" s JOIN "StatementTheme" t ON t."statementId" = s."id" WHERE s."date" IS NOT NULL
     GROUP BY ${KEYS}, t."themeId", s."date"
   UNION ALL
   SELECT ${KEYS}, t."themeId", '${ANY}', COUNT(*), ${LATEST}
     FROM "Statement" s JOIN "StatementTheme" t ON t."statementId" = s."id"
     GROUP BY ${KEYS}, t."themeId"`,
];

/** Rebuilds the tally from the statements; the seed calls it after loading. */
export async function refreshStatementTally(db: Database): Promise<void> {
  await db.$transaction(TALLY_SQL.map((sql) => db.$executeRawUnsafe(sql)));
}

/** The statement id in a tally row's `latest`. */
export function latestStatementId(latest: string): number {
  return Number(latest.slice(latest.lastIndexOf("#") + 1));
}
