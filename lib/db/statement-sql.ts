// Statement queries Prisma's query builder cannot express: full-text search and counts grouped
// across the theme join. The search is SQLite-only (FTS5 with the trigram tokenizer, table
// "StatementSearch" from migration 0002_search): a PostgreSQL deployment replaces that part.
import { Prisma } from "@/lib/generated/prisma/client";
import { normalizeText, traditionalToSimplified } from "@/lib/tagger/normalize";
import type { Database } from "./client";
import type { StatementQuery } from "./queries";

/** The trigram index can only look up terms of three characters or more. */
const INDEXED_TERM_LENGTH = 3;
const MAX_TERMS = 8;

/**
 * The words a reader typed, as they appear in stored statements: traditional characters and
 * pinyin noise normalised like article text, split on spaces, duplicates dropped.
 */
export function searchTerms(query: string): string[] {
  const normalized = traditionalToSimplified(normalizeText(query).text);
  return [...new Set(normalized.split(/[\s\u3000]+/).filter(Boolean))].slice(0, MAX_TERMS);
}

/** FTS5 query syntax for the indexed terms: each a quoted phrase, so operators typed by users stay text. */
export function ftsPhraseQuery(terms: string[]): string {
  return terms.map((term) => `"${term.replaceAll('"', '""')}"`).join(" AND ");
}

export type SearchQuery = Omit<StatementQuery, "limit"> & { q: string };

function searchConditions(q: string): Prisma.Sql[] {
  const terms = searchTerms(q);
  const indexed = terms.filter((t) => [...t].length >= INDEXED_TERM_LENGTH);
  const short = terms.filter((t) => [...t].length < INDEXED_TERM_LENGTH);
  const conditions: Prisma.Sql[] = [];
  if (terms.length === 0) conditions.push(Prisma.sql`0`);
  if (indexed.length > 0) {
    conditions.push(Prisma.sql`s."id" IN (SELECT "rowid" FROM "StatementSearch" WHERE "StatementSearch" MATCH ${ftsPhraseQuery(indexed)})`);
  }
  for (const term of short) conditions.push(Prisma.sql`instr(s."text", ${term}) > 0`);
  return conditions;
}

/** The filters of statementWhere (queries.ts) as SQL over "Statement" s, plus search words and a region list. */
function statementConditions(query: Omit<StatementQuery, "limit"> & { regions?: string[] }): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = query.q ? searchConditions(query.q) : [Prisma.sql`1`];
  if (query.regions) conditions.push(query.regions.length > 0 ? Prisma.sql`s."regionCode" IN (${Prisma.join(query.regions)})` : Prisma.sql`0`);
  if (query.region) conditions.push(Prisma.sql`s."regionCode" = ${query.region}`);
  if (query.leader) conditions.push(Prisma.sql`s."speaker" = ${query.leader}`);
  if (query.level) conditions.push(Prisma.sql`s."level" = ${query.level}`);
  if (query.from) conditions.push(Prisma.sql`s."date" >= ${query.from}`);
  if (query.to) conditions.push(Prisma.sql`s."date" <= ${query.to}`);
  if (query.theme) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "StatementTheme" t WHERE t."statementId" = s."id" AND t."themeId" = ${query.theme})`);
  }
  return conditions;
}

/** Ids of the first `limit` statements matching the words and filters, by date. */
export async function matchingStatementIds(db: Database, query: SearchQuery, limit: number, order: "newest" | "oldest", offset = 0): Promise<number[]> {
  const direction = order === "newest" ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  const rows = await db.$queryRaw<{ id: number | bigint }[]>`
    SELECT s."id" AS "id" FROM "Statement" s
    WHERE ${Prisma.join(statementConditions(query), " AND ")}
    ORDER BY s."date" ${direction}, s."id" ${direction}
    LIMIT ${limit} OFFSET ${offset}`;
  return rows.map((r) => Number(r.id));
}

/** How many statements match, per region code (null: no region). */
export async function matchCountsByRegion(db: Database, query: SearchQuery): Promise<{ regionCode: string | null; statements: number }[]> {
  const rows = await db.$queryRaw<{ regionCode: string | null; statements: number | bigint }[]>`
    SELECT s."regionCode" AS "regionCode", COUNT(*) AS "statements" FROM "Statement" s
    WHERE ${Prisma.join(statementConditions(query), " AND ")}
    GROUP BY s."regionCode"
    ORDER BY COUNT(*) DESC`;
  return rows.map((r) => ({ regionCode: r.regionCode, statements: Number(r.statements) }));
}

export interface RegionThemeCount {
  regionCode: string;
  themeId: string;
  statements: number;
}

/** Statements per region and theme under the filters (a statement counts once for each of its themes). */
export async function themeCountsByRegion(
  db: Database,
  query: Omit<StatementQuery, "limit"> & { regions?: string[] },
): Promise<RegionThemeCount[]> {
  const rows = await db.$queryRaw<{ regionCode: string; themeId: string; statements: number | bigint }[]>`
    SELECT s."regionCode" AS "regionCode", t."themeId" AS "themeId", COUNT(*) AS "statements"
    FROM "Statement" s JOIN "StatementTheme" t ON t."statementId" = s."id"
    WHERE s."regionCode" IS NOT NULL AND ${Prisma.join(statementConditions(query), " AND ")}
    GROUP BY s."regionCode", t."themeId"
    ORDER BY COUNT(*) DESC, t."themeId"`;
  return rows.map((r) => ({ regionCode: r.regionCode, themeId: r.themeId, statements: Number(r.statements) }));
}

/** For each region and theme, the ids of its newest `perCell` statements under the filters. */
export async function newestStatementIdsByRegionTheme(
  db: Database,
  query: Omit<StatementQuery, "limit"> & { regions: string[] },
  perCell: number,
): Promise<{ regionCode: string; themeId: string; id: number }[]> {
  const rows = await db.$queryRaw<{ regionCode: string; themeId: string; id: number | bigint }[]>`
    SELECT "regionCode", "themeId", "id" FROM (
      SELECT s."regionCode" AS "regionCode", t."themeId" AS "themeId", s."id" AS "id",
             ROW_NUMBER() OVER (PARTITION BY s."regionCode", t."themeId" ORDER BY s."date" DESC, s."id" DESC) AS "rank"
      FROM "Statement" s JOIN "StatementTheme" t ON t."statementId" = s."id"
      WHERE ${Prisma.join(statementConditions(query), " AND ")}
    ) WHERE "rank" <= ${perCell}`;
  return rows.map((r) => ({ regionCode: r.regionCode, themeId: r.themeId, id: Number(r.id) }));
}
