// The statement tally behind the map: counts by region, speaker, office, level, kind, theme and period,
// rebuilt from the statements in one transaction, on either engine (lib/db/dialect.ts).
import type { Database } from "./client";
import { articleTallySql } from "./coverage";
import { corpusVersion, markBuilt } from "./derived";
import { dialectOf, type Dialect } from "./dialect";

/** Marks the rows that count every theme, or every date. */
export const ANY = "*";

/**
 * A tally row's period: a day "2022-03-05", a month "M2022-03" or a year "Y2022". The three sort
 * apart ("*" < days < months < years), so a range of one kind never takes in rows of another.
 */
const PERIODS = [`s."date"`, `'M' || substr(s."date", 1, 7)`, `'Y' || substr(s."date", 1, 4)`];

const KEYS = `s."regionCode", s."speaker", s."office", s."level", s."kind"`;
const COLUMNS = `"regionCode", "speaker", "office", "level", "kind", "themeId", "period", "statements", "latest"`;

/** The tally's theme column for the statements of a CAP major topic: "cap-3" for Health. */
export function topicTallyKey(topic: number): string {
  return `cap-${topic}`;
}

/** The tally rows of one theme column (every theme, or each theme of a statement) over `source`. */
function tallyInsert(dialect: Dialect, theme: string, source: string): string {
  const latest = `MAX(s."date" || '#' || ${dialect.paddedId(`s."id"`)})`;
  // PostgreSQL refuses a constant in GROUP BY.
  const keys = theme === `'${ANY}'` ? KEYS : `${KEYS}, ${theme}`;
  const dated = PERIODS.map((period) => `SELECT ${KEYS}, ${theme}, ${period}, COUNT(*), ${latest} ${source} AND s."date" IS NOT NULL GROUP BY ${keys}, ${period}`);
  const allDates = `SELECT ${KEYS}, ${theme}, '${ANY}', COUNT(*), ${latest} ${source} GROUP BY ${keys}`;
  return `INSERT INTO "StatementTally" (${COLUMNS}) ${[...dated, allDates].join(" UNION ALL ")}`;
}

/** A story's statements count once: those of its reprints are left out (lib/db/stories.ts). */
export const COUNTED_STATEMENT = `s."articleId" NOT IN (SELECT "id" FROM "Article" WHERE "reprintOf" IS NOT NULL)`;

function tallySql(dialect: Dialect): string[] {
  return [
    `DELETE FROM "StatementTally"`,
    tallyInsert(dialect, `'${ANY}'`, `FROM "Statement" s WHERE ${COUNTED_STATEMENT}`),
    tallyInsert(dialect, `t."themeId"`, `FROM "Statement" s JOIN "StatementTheme" t ON t."statementId" = s."id" WHERE ${COUNTED_STATEMENT}`),
    tallyInsert(dialect, `'cap-' || c."topic"`, `FROM "Statement" s JOIN "StatementTopic" c ON c."statementId" = s."id" WHERE ${COUNTED_STATEMENT}`),
  ];
}

/**
 * Rebuilds the tally and the articles per region and period (lib/db/coverage.ts) from the statements
 * and marks them complete, in one transaction; the seed calls it after loading.
 */
export async function refreshStatementTally(db: Database): Promise<void> {
  const version = await corpusVersion(db);
  await db.$transaction(
    async (tx) => {
      const dialect = dialectOf(db);
      for (const sql of [...tallySql(dialect), ...articleTallySql(dialect)]) await tx.$executeRawUnsafe(sql);
      await markBuilt(tx, "tally", version);
    },
    REBUILD_TRANSACTION,
  );
}

/** Prisma's default of 5 s ends a rebuild over 100k statements on PostgreSQL (and any large one on a busy machine). */
const REBUILD_TRANSACTION = { timeout: 600_000 };

/** The statement id in a tally row's `latest`. */
export function latestStatementId(latest: string): number {
  return Number(latest.slice(latest.lastIndexOf("#") + 1));
}

export interface PeriodRange {
  gte: string;
  lte: string;
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const yearOf = (day: string) => Number(day.slice(0, 4));
const monthOf = (day: string) => Number(day.slice(5, 7));
const isFirstOfMonth = (day: string) => day.endsWith("-01");
const isLastOfMonth = (day: string) => Number(day.slice(8, 10)) >= daysInMonth(yearOf(day), monthOf(day));
const monthKey = (year: number, month: number) => `M${pad(year, 4)}-${pad(month, 2)}`;

/** Ranges of day and month rows covering `from`..`to`, two days of the same year. */
function monthsAndDays(from: string, to: string): PeriodRange[] {
  const year = yearOf(from);
  let [firstMonth, lastMonth] = [monthOf(from), monthOf(to)];
  const ranges: PeriodRange[] = [];
  if (!isFirstOfMonth(from)) {
    ranges.push({ gte: from, lte: firstMonth === lastMonth ? to : `${from.slice(0, 7)}-31` });
    if (firstMonth === lastMonth) return ranges;
    firstMonth++;
  }
  if (!isLastOfMonth(to)) {
    ranges.push({ gte: `${to.slice(0, 7)}-01`, lte: to });
    lastMonth--;
  }
  if (firstMonth <= lastMonth) ranges.push({ gte: monthKey(year, firstMonth), lte: monthKey(year, lastMonth) });
  return ranges;
}

/**
 * The tally periods whose rows add up to every day from `from` to `to` (ISO dates, both included):
 * whole years, then whole months, then the days at the ragged ends. Empty when `from` > `to`.
 */
export function periodRanges(from = "0000-01-01", to = "9999-12-31"): PeriodRange[] {
  if (from > to) return [];
  let [firstYear, lastYear] = [yearOf(from), yearOf(to)];
  if (firstYear === lastYear && !(from.endsWith("-01-01") && to.endsWith("-12-31"))) return monthsAndDays(from, to);
  const head = from.endsWith("-01-01") ? [] : monthsAndDays(from, `${from.slice(0, 4)}-12-31`);
  const tail = to.endsWith("-12-31") ? [] : monthsAndDays(`${to.slice(0, 4)}-01-01`, to);
  if (head.length > 0) firstYear++;
  if (tail.length > 0) lastYear--;
  const years = firstYear <= lastYear ? [{ gte: `Y${pad(firstYear, 4)}`, lte: `Y${pad(lastYear, 4)}` }] : [];
  return [...head, ...years, ...tail];
}
