// Full-text search on PostgreSQL: the same matches as SQLite's (lib/db/statement-sql.ts) for the
// same words. A word of three characters or more is a LIKE on the text, which the pg_trgm GIN index
// answers (ILIKE when it has Latin letters: SQLite's trigram index folds case); a shorter word must
// appear as typed, narrowed by the bigram index when it is two letters or digits. The planner
// chooses between the text indexes and the date indexes, so no probing is needed here.
import { Prisma } from "@/lib/generated/prisma/client";
import { isBigramWord } from "../bigrams";
import type { Database } from "../client";
import { filterConditions, matchCount, searchTerms, SEARCH_BOUNDS, type MatchCount, type SearchBounds, type SearchQuery } from "../statement-sql";

const TRIGRAM = 3;

/** A LIKE pattern that finds `term` anywhere, its own % _ and \ taken literally. */
export function containsPattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The search words as conditions on "Statement" s; FALSE when there is no word. */
export function termConditions(q: string): Prisma.Sql[] {
  const terms = searchTerms(q);
  if (terms.length === 0) return [Prisma.sql`FALSE`];
  const long = terms.filter((t) => [...t].length >= TRIGRAM);
  const short = terms.filter((t) => [...t].length < TRIGRAM);
  const conditions = long.map((t) => (/[A-Za-z]/.test(t) ? Prisma.sql`s."text" ILIKE ${containsPattern(t)}` : Prisma.sql`s."text" LIKE ${containsPattern(t)}`));
  const bigrams = long.length === 0 ? short.filter(isBigramWord) : [];
  if (bigrams.length > 0) {
    conditions.push(Prisma.sql`s."id" IN (SELECT "statementId" FROM "StatementBigram" WHERE "grams" @> string_to_array(${bigrams.join(" ")}, ' '))`);
  }
  return [...conditions, ...short.map((t) => Prisma.sql`strpos(s."text", ${t}) > 0`)];
}

function matchConditions(query: SearchQuery): Prisma.Sql {
  return Prisma.join([...termConditions(query.q), ...filterConditions(query)], " AND ");
}

/** Ids of the first `limit` statements (after `offset`) matching the words and filters, by date then id; undated ones first oldest first, last newest first, as on SQLite. */
export async function matchingStatementIds(db: Database, query: SearchQuery, limit: number, order: "newest" | "oldest", offset = 0): Promise<number[]> {
  const direction = Prisma.raw(order === "newest" ? `DESC NULLS LAST` : `ASC NULLS FIRST`);
  const rows = await db.$queryRaw<{ id: number }[]>`
    SELECT s."id" AS "id" FROM "Statement" s WHERE ${matchConditions(query)}
    ORDER BY s."date" ${direction}, s."id" ${Prisma.raw(order === "newest" ? "DESC" : "ASC")}
    LIMIT ${limit} OFFSET ${offset}`;
  return rows.map((r) => Number(r.id));
}

/** How many statements match, per region, counting at most `bounds.countCap` of them. */
export async function countMatches(db: Database, query: SearchQuery, bounds: Partial<SearchBounds> = {}): Promise<MatchCount> {
  const { countCap } = { ...SEARCH_BOUNDS, ...bounds };
  const rows = await db.$queryRaw<{ regionCode: string | null; statements: number | bigint }[]>`
    SELECT m."regionCode" AS "regionCode", COUNT(*) AS "statements"
    FROM (SELECT s."regionCode" AS "regionCode" FROM "Statement" s WHERE ${matchConditions(query)} ${countCap === null ? Prisma.empty : Prisma.sql`LIMIT ${countCap + 1}`}) m
    GROUP BY m."regionCode"`;
  return matchCount(rows.map((r) => ({ regionCode: r.regionCode, statements: Number(r.statements) })), countCap);
}

/** The newest `limit` matches and how many statements match (up to `bounds.countCap`), for the search page. */
export async function searchMatches(db: Database, query: SearchQuery, limit: number, bounds: Partial<SearchBounds> = {}): Promise<{ ids: number[]; count: MatchCount }> {
  if (searchTerms(query.q).length === 0) return { ids: [], count: { total: 0, exact: true, byRegion: [] } };
  const [ids, count] = await Promise.all([matchingStatementIds(db, query, limit, "newest"), countMatches(db, query, bounds)]);
  return { ids, count };
}
