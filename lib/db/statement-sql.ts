// Statement queries Prisma's query builder cannot express: full-text search and the newest
// statements of each region and theme. The search is SQLite-only (FTS5 with the trigram tokenizer, table
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

/** The filters of statementWhere (queries.ts) as SQL over "Statement" s, plus search words. */
function statementConditions(query: Omit<StatementQuery, "limit">): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = query.q ? searchConditions(query.q) : [Prisma.sql`1`];
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

/**
 * For each region and theme asked, the ids of its newest `perCell` statements under the filters:
 * one query, a small LIMIT per cell, each read newest first along the region's date index.
 */
export async function newestStatementIdsByRegionTheme(
  db: Database,
  query: Omit<StatementQuery, "limit" | "region">,
  cells: { regionCode: string; themeId: string }[],
  perCell: number,
): Promise<{ regionCode: string; themeId: string; id: number }[]> {
  if (cells.length === 0) return [];
  const conditions = statementConditions(query);
  const perCellQueries = cells.map(
    (cell) => Prisma.sql`SELECT * FROM (
      SELECT s."regionCode" AS "regionCode", t."themeId" AS "themeId", s."id" AS "id"
      FROM "Statement" s JOIN "StatementTheme" t ON t."statementId" = s."id"
      WHERE s."regionCode" = ${cell.regionCode} AND t."themeId" = ${cell.themeId} AND ${Prisma.join(conditions, " AND ")}
      ORDER BY s."date" DESC, s."id" DESC LIMIT ${perCell})`,
  );
  const rows = await db.$queryRaw<{ regionCode: string; themeId: string; id: number | bigint }[]>`${Prisma.join(perCellQueries, " UNION ALL ")}`;
  return rows.map((r) => ({ regionCode: r.regionCode, themeId: r.themeId, id: Number(r.id) }));
}

/**
 * The newest `limit` statements of a region between two dates, each with its theme ids: one flat
 * join, where Prisma's nested select costs a second query and an object per theme link.
 */
export async function datedStatementThemes(db: Database, regionCode: string, from: string, to: string, limit: number): Promise<{ id: number; date: string; themeIds: string[] }[]> {
  const rows = await db.$queryRaw<{ id: number | bigint; date: string; themeId: string | null }[]>`
    SELECT s."id" AS "id", s."date" AS "date", t."themeId" AS "themeId"
    FROM "Statement" s LEFT JOIN "StatementTheme" t ON t."statementId" = s."id"
    WHERE s."id" IN (
      SELECT c."id" FROM "Statement" c WHERE c."regionCode" = ${regionCode} AND c."date" >= ${from} AND c."date" <= ${to}
      ORDER BY c."date" DESC, c."id" DESC LIMIT ${limit})`;
  const byId = new Map<number, { id: number; date: string; themeIds: string[] }>();
  for (const row of rows) {
    const id = Number(row.id);
    const statement = byId.get(id) ?? { id, date: row.date, themeIds: [] };
    if (row.themeId) statement.themeIds.push(row.themeId);
    byId.set(id, statement);
  }
  return [...byId.values()];
}
