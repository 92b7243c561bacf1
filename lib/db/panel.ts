// The panel dataset: one row per province and period, what a researcher takes into a regression.
// Statements, topics and echoes are counted from the statements under the map's filters; articles
// and stories come from ArticleTally (lib/db/coverage.ts) and follow the period and region filters only.
// Codebook: docs/codebook-panel.md.
import { Prisma } from "@/lib/generated/prisma/client";
import { CAP_TOPICS } from "@/lib/topics";
import type { Database } from "./client";
import { articleTallyRows } from "./coverage";
import type { StatementQuery } from "./queries";
import { filterConditions } from "./statement-sql";
import type { PeriodRange } from "./tally";

export const PANEL_PERIODS = ["month", "quarter", "year"] as const;
export type PanelPeriod = (typeof PANEL_PERIODS)[number];

export type PanelFilter = Omit<StatementQuery, "limit" | "offset" | "q">;

export interface PanelRow {
  region: string;
  regionName: string;
  regionNameEn: string;
  adcode: number | null;
  /** "2022-11", "2022-Q4" or "2022". */
  period: string;
  periodStart: string;
  periodEnd: string;
  /** Articles from the region in the period, every paper's reprint included. */
  articles: number;
  /** Those articles with the reprints left out, as the statements are counted: the denominator per story. */
  stories: number;
  /** The kind counted: "directive" unless the filter asks for another, "all" for every statement. */
  kind: string;
  directives: number;
  /** Directives per CAP major topic, by topic code (a directive counts once for each of its topics). */
  topics: Record<number, number>;
  echoes: number;
  medianLagDays: number | null;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const lastDayOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const nextMonth = (ym: string) => {
  const [y, m] = ym.split("-").map(Number);
  return m === 12 ? `${pad(y + 1, 4)}-01` : `${pad(y, 4)}-${pad(m + 1)}`;
};
const previousMonth = (ym: string) => {
  const [y, m] = ym.split("-").map(Number);
  return m === 1 ? `${pad(y - 1, 4)}-12` : `${pad(y, 4)}-${pad(m - 1)}`;
};

/**
 * The tally periods whose rows add up to every day from `from` to `to` without year rows, so that
 * each row falls in one month: whole months, and the days at the ragged ends. Empty when `from` > `to`.
 */
export function monthlyRanges(from = "0000-01-01", to = "9999-12-31"): PeriodRange[] {
  if (from > to) return [];
  let [firstMonth, lastMonth] = [from.slice(0, 7), to.slice(0, 7)];
  const ranges: PeriodRange[] = [];
  if (!from.endsWith("-01")) {
    ranges.push({ gte: from, lte: firstMonth === lastMonth ? to : `${firstMonth}-31` });
    if (firstMonth === lastMonth) return ranges;
    firstMonth = nextMonth(firstMonth);
  }
  if (Number(to.slice(8, 10)) < lastDayOfMonth(Number(to.slice(0, 4)), Number(to.slice(5, 7)))) {
    ranges.push({ gte: `${lastMonth}-01`, lte: to });
    lastMonth = previousMonth(lastMonth);
  }
  if (firstMonth <= lastMonth) ranges.push({ gte: `M${firstMonth}`, lte: `M${lastMonth}` });
  return ranges;
}

/** The panel period of a month ("2022-11"). */
export function panelPeriodOf(month: string, period: PanelPeriod): string {
  if (period === "month") return month;
  if (period === "year") return month.slice(0, 4);
  return `${month.slice(0, 4)}-Q${Math.ceil(Number(month.slice(5, 7)) / 3)}`;
}

/** The first and last day of a panel period. */
export function panelPeriodBounds(label: string): { start: string; end: string } {
  const year = Number(label.slice(0, 4));
  const quarter = /-Q(\d)$/.exec(label);
  const [firstMonth, lastMonth] = quarter ? [Number(quarter[1]) * 3 - 2, Number(quarter[1]) * 3] : label.length === 7 ? [Number(label.slice(5)), Number(label.slice(5))] : [1, 12];
  return { start: `${label.slice(0, 4)}-${pad(firstMonth)}-01`, end: `${label.slice(0, 4)}-${pad(lastMonth)}-${pad(lastDayOfMonth(year, lastMonth))}` };
}

/** The month of an ArticleTally period key: a day "2022-11-17" or a month "M2022-11". */
const monthOfTallyKey = (key: string) => (key.startsWith("M") ? key.slice(1) : key.slice(0, 7));

/** The middle value, or the mean of the two middle values. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * The panel of provinces (the provincial-level units; the centre is not one) by `period` under the
 * filters: a row for every province and period with an article loaded or a statement counted,
 * ordered by adcode and period. Undated statements fall in no period and are left out.
 */
export async function provincePanel(db: Database, filter: PanelFilter, period: PanelPeriod): Promise<PanelRow[]> {
  const where = Prisma.join(
    [...filterConditions(filter), Prisma.sql`s."regionCode" IS NOT NULL`, Prisma.sql`s."regionCode" <> 'central'`, Prisma.sql`s."date" IS NOT NULL`],
    " AND ",
  );
  const month = Prisma.sql`substr(s."date", 1, 7)`;
  const [regions, statements, topics, echoes, articles] = await Promise.all([
    db.region.findMany({ where: { code: { not: "central" } }, select: { code: true, name: true, nameEn: true, adcode: true } }),
    db.$queryRaw<{ regionCode: string; month: string; n: number | bigint }[]>`
      SELECT s."regionCode" AS "regionCode", ${month} AS "month", COUNT(*) AS "n" FROM "Statement" s WHERE ${where} GROUP BY 1, 2`,
    db.$queryRaw<{ regionCode: string; month: string; topic: number | bigint; n: number | bigint }[]>`
      SELECT s."regionCode" AS "regionCode", ${month} AS "month", c."topic" AS "topic", COUNT(*) AS "n"
      FROM "Statement" s JOIN "StatementTopic" c ON c."statementId" = s."id" WHERE ${where} GROUP BY 1, 2, 3`,
    // Each echoing statement once, with its shortest lag: a cite links it to every statement of the event.
    db.$queryRaw<{ regionCode: string; month: string; lag: number | bigint | null }[]>`
      SELECT s."regionCode" AS "regionCode", ${month} AS "month", MIN(e."lagDays") AS "lag"
      FROM "Statement" s JOIN "Echo" e ON e."statementId" = s."id" JOIN "Statement" c ON c."id" = e."centralStatementId"
      WHERE ${where} AND c."kind" = 'directive' GROUP BY s."id"`,
    articleTallyRows(db, monthlyRanges(filter.from, filter.to)),
  ]);

  const rows = new Map<string, { region: string; period: string; articles: number; stories: number; directives: number; topics: Record<number, number>; lags: number[]; echoes: number }>();
  const rowOf = (region: string, month: string) => {
    const label = panelPeriodOf(month, period);
    const key = `${region}|${label}`;
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { region, period: label, articles: 0, stories: 0, directives: 0, topics: {}, lags: [], echoes: 0 }));
    return row;
  };
  for (const a of articles) {
    if (a.regionCode === "central" || (filter.region && a.regionCode !== filter.region)) continue;
    const row = rowOf(a.regionCode, monthOfTallyKey(a.period));
    row.articles += a.articles;
    row.stories += a.stories;
  }
  for (const s of statements) rowOf(s.regionCode, s.month).directives += Number(s.n);
  for (const t of topics) {
    const row = rowOf(t.regionCode, t.month);
    row.topics[Number(t.topic)] = (row.topics[Number(t.topic)] ?? 0) + Number(t.n);
  }
  for (const e of echoes) {
    const row = rowOf(e.regionCode, e.month);
    row.echoes += 1;
    if (e.lag !== null) row.lags.push(Number(e.lag));
  }

  const regionByCode = new Map(regions.map((r) => [r.code, r]));
  const kind = filter.kind ?? "all";
  return [...rows.values()]
    .flatMap((row) => {
      const region = regionByCode.get(row.region);
      if (!region) return [];
      const { start, end } = panelPeriodBounds(row.period);
      return [
        {
          region: region.code,
          regionName: region.name,
          regionNameEn: region.nameEn,
          adcode: region.adcode,
          period: row.period,
          periodStart: start,
          periodEnd: end,
          articles: row.articles,
          stories: row.stories,
          kind,
          directives: row.directives,
          topics: Object.fromEntries(CAP_TOPICS.map((t) => [t.code, row.topics[t.code] ?? 0])),
          echoes: row.echoes,
          medianLagDays: median(row.lags),
        },
      ];
    })
    .sort((a, b) => (a.adcode ?? 0) - (b.adcode ?? 0) || (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
}
