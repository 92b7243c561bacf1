// Statement queries Prisma's query builder cannot express: full-text search and the newest
// statements of each region and theme. The search is SQLite-only (FTS5: the trigram table
// "StatementSearch" from migration 0002_search, the two-character table "StatementBigram" from
// 0007_bigram_search); PostgreSQL's search is lib/db/postgres/search.ts. The filters and the
// per-cell queries below serve both engines.
import { Prisma } from "@/lib/generated/prisma/client";
import { normalizeText, traditionalToSimplified } from "@/lib/tagger/normalize";
import { bigramHitsAreExact, isBigramWord } from "./bigrams";
import { engineOf, type Database } from "./client";
import { dialectOf } from "./dialect";
import { termConditions } from "./postgres/search";
import { COUNTED_STATEMENT } from "./tally";
import { selectedKind, topicOfThemeFilter } from "./filter-values";
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

/**
 * How much work a search does before it changes route or stops counting. The defaults suit a
 * million statements; tests pass small ones to force each route on the bundled articles.
 */
export interface SearchBounds {
  /** Full-text hits under which one pass over them answers (their rows are read one by one, a few µs each); at or above, the probe goes first. The search page also takes one pass up to `countCap` hits, which counting reads anyway. */
  fewHits: number;
  /** Statements the probe reads first, newest (or oldest) first; 0 never probes. */
  probeRows: number;
  /** Count by reading the statements under the region and dates when they are at most this many, rather than the index's hits. */
  scanRows: number;
  /** Matches counted before counting stops; null counts every one. */
  countCap: number | null;
}

export const SEARCH_BOUNDS: SearchBounds = { fewHits: 6_000, probeRows: 5_000, scanRows: 40_000, countCap: 10_000 };

/** A larger probe reads more statements than the density the last one saw asks for, so that it rarely falls short. */
const PROBE_MARGIN = 1.25;

/** The full-text index that narrows a search: which table, and the MATCH string of the words it looks up. */
interface SearchIndex {
  table: "StatementSearch" | "StatementBigram";
  match: string;
  /** Whether its hits are exactly the statements with every word (and no word is left to test on the text). */
  hitsAreMatches: boolean;
}

interface SplitTerms {
  all: string[];
  /** Terms the trigram index can look up. */
  indexed: string[];
  /** Terms too short for the trigram index, matched by instr (case-sensitive); the bigram index may narrow them. */
  short: string[];
  /** The index that serves the query: the trigram one for words of three characters or more, else the bigram one for two-character words; null for a scan. */
  index: SearchIndex | null;
}

function splitTerms(q: string): SplitTerms {
  const all = searchTerms(q);
  const indexed = all.filter((t) => [...t].length >= INDEXED_TERM_LENGTH);
  const short = all.filter((t) => [...t].length < INDEXED_TERM_LENGTH);
  // A trigram word leaves few rows, on which instr is cheap; the bigram index serves only when there is none.
  const bigrams = indexed.length === 0 ? short.filter(isBigramWord) : [];
  const index: SearchIndex | null =
    indexed.length > 0
      ? { table: "StatementSearch", match: ftsPhraseQuery(indexed), hitsAreMatches: short.length === 0 }
      : bigrams.length > 0
        ? { table: "StatementBigram", match: ftsPhraseQuery(bigrams), hitsAreMatches: short.every(bigramHitsAreExact) }
        : null;
  return { all, indexed, short, index };
}

/** The index table's name, which is also the hidden column MATCH takes. */
function indexTable(index: SearchIndex, alias?: string): Prisma.Sql {
  return Prisma.raw(alias ? `${alias}."${index.table}"` : `"${index.table}"`);
}

/**
 * Whether the trigram index treats this character as SQLite's lower() does: the index folds the
 * case of every Unicode letter, lower() only of ASCII ones. Uncased characters (Chinese, digits,
 * punctuation) are safe; of the ASCII letters, k and s are not (the index also matches the Kelvin
 * sign and the long s to them), nor are U+FFFD to U+FFFF, which the index takes as one character.
 */
export function foldsLikeLower(char: string): boolean {
  if (/[a-jl-rt-z]/i.test(char)) return true;
  return char.toLowerCase() === char.toUpperCase() && !/[\uFFFD-\uFFFF]/.test(char);
}

/** The terms as instr() tests on a statement's text that match exactly what the index matches; null when that cannot be done. */
function scannedTermConditions(terms: SplitTerms): Prisma.Sql[] | null {
  if (!terms.indexed.every((t) => [...t].every(foldsLikeLower))) return null;
  return [
    ...terms.indexed.map((t) => (/[A-Za-z]/.test(t) ? Prisma.sql`instr(lower(s."text"), ${t.toLowerCase()}) > 0` : Prisma.sql`instr(s."text", ${t}) > 0`)),
    ...shortTermConditions(terms),
  ];
}

function shortTermConditions(terms: SplitTerms): Prisma.Sql[] {
  return terms.short.map((t) => Prisma.sql`instr(s."text", ${t}) > 0`);
}

/** The search words as conditions on "Statement" s, for the engine of `db`. */
function runSearchConditions(db: Database, q: string): Prisma.Sql[] {
  return engineOf(db) === "postgres" ? termConditions(q) : searchConditions(q);
}

function searchConditions(q: string): Prisma.Sql[] {
  const terms = splitTerms(q);
  const conditions: Prisma.Sql[] = [];
  if (terms.all.length === 0) conditions.push(Prisma.sql`0`);
  if (terms.index) {
    conditions.push(Prisma.sql`s."id" IN (SELECT "rowid" FROM ${indexTable(terms.index)} WHERE ${indexTable(terms.index)} MATCH ${terms.index.match})`);
  }
  return [...conditions, ...shortTermConditions(terms)];
}

/** The filters of statementWhere (queries.ts) as SQL over "Statement" s. */
export function filterConditions(query: Omit<StatementQuery, "limit" | "q">): Prisma.Sql[] {
  // A story counts once: its reprints' statements are listed with it, not again.
  const conditions: Prisma.Sql[] = [Prisma.raw(COUNTED_STATEMENT)];
  if (query.region) conditions.push(Prisma.sql`s."regionCode" = ${query.region}`);
  if (query.leader) conditions.push(Prisma.sql`s."speaker" = ${query.leader}`);
  if (query.level) conditions.push(Prisma.sql`s."level" = ${query.level}`);
  if (query.city) conditions.push(Prisma.sql`s."city" = ${query.city}`);
  if (query.from) conditions.push(Prisma.sql`s."date" >= ${query.from}`);
  if (query.to) conditions.push(Prisma.sql`s."date" <= ${query.to}`);
  const kind = selectedKind(query.kind);
  if (kind) conditions.push(Prisma.sql`s."kind" = ${kind}`);
  const topic = topicOfThemeFilter(query.theme);
  if (topic !== null) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "StatementTopic" c WHERE c."statementId" = s."id" AND c."topic" = ${topic})`);
  } else if (query.theme) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "StatementTheme" t WHERE t."statementId" = s."id" AND t."themeId" = ${query.theme})`);
  }
  return conditions;
}

/** The filters an index of "Statement" answers alone: region (with dates) and dates. */
function indexedFilterConditions(query: Omit<StatementQuery, "limit" | "q">): Prisma.Sql[] {
  return filterConditions({ region: query.region, from: query.from, to: query.to });
}

/** The filters of statementWhere (queries.ts) as SQL over "Statement" s, plus search words. */
function statementConditions(query: Omit<StatementQuery, "limit">): Prisma.Sql[] {
  return [...(query.q ? searchConditions(query.q) : []), ...filterConditions(query)];
}

type Order = "newest" | "oldest";

function orderBy(order: Order, table: "s" | "w"): Prisma.Sql {
  const direction = order === "newest" ? "DESC" : "ASC";
  return Prisma.raw(`ORDER BY ${table}."date" ${direction}, ${table}."id" ${direction}`);
}

/** Ids of the first `limit` statements matching the words and filters, by date. */
export async function matchingStatementIds(
  db: Database,
  query: SearchQuery,
  limit: number,
  order: Order,
  offset = 0,
  bounds: Partial<SearchBounds> = {},
): Promise<number[]> {
  const b = { ...SEARCH_BOUNDS, ...bounds };
  const terms = splitTerms(query.q);
  const probed = terms.index && !(await hitsAreFew(db, terms.index, b)) ? await probeMatchingIds(db, query, limit + offset, order, b) : null;
  return probed ? probed.slice(offset) : sortedMatchIds(db, query, limit, order, offset);
}

/** Matches in order as SQLite finds them: every hit of the index read and sorted, cheap when they are few; without an indexed word, read along the date index. */
async function sortedMatchIds(db: Database, query: SearchQuery, limit: number, order: Order, offset: number): Promise<number[]> {
  const rows = await db.$queryRaw<{ id: number | bigint }[]>`
    SELECT s."id" AS "id" FROM "Statement" s
    WHERE ${Prisma.join(statementConditions(query), " AND ")}
    ${orderBy(order, "s")}
    LIMIT ${limit} OFFSET ${offset}`;
  return rows.map((r) => Number(r.id));
}

/** Whether the index holds at least `n` statements with the words it looks up, whatever the filters (reading that many hits costs little: no rows). */
async function hitsAtLeast(db: Database, index: SearchIndex, n: number): Promise<boolean> {
  const [row] = await db.$queryRaw<{ hits: number | bigint }[]>`
    SELECT COUNT(*) AS "hits" FROM (SELECT 1 FROM ${indexTable(index)} WHERE ${indexTable(index)} MATCH ${index.match} LIMIT ${n})`;
  return Number(row.hits) >= n;
}

/** Whether the index's hits are few enough to read them all: then no probe, and one pass gives the page and the counts. */
async function hitsAreFew(db: Database, index: SearchIndex, bounds: SearchBounds): Promise<boolean> {
  return !(await hitsAtLeast(db, index, bounds.fewHits));
}

/**
 * The first `need` matches in order, found by reading the newest (or oldest) statements under the
 * region and dates and testing the words on their text; null when that did not settle it. When the
 * index matches much of the corpus, SQLite reads and sorts every hit before it knows the first:
 * the probe reads a few thousand rows along a date index instead, and more (sized from the matches
 * it saw) only while that stays fewer rows than the index has hits.
 */
export async function probeMatchingIds(db: Database, query: SearchQuery, need: number, order: Order, bounds: Partial<SearchBounds> = {}): Promise<number[] | null> {
  const b = { ...SEARCH_BOUNDS, ...bounds };
  const terms = splitTerms(query.q);
  const scanned = scannedTermConditions(terms);
  const index = terms.index;
  if (!scanned || !index || b.probeRows <= 0) return null;
  const conditions = Prisma.join([...filterConditions(query), ...scanned], " AND ");
  let rows = Math.max(b.probeRows, need);
  for (;;) {
    // Reading more rows than the index has hits costs more than reading the hits (callers know there are at least fewHits).
    if (rows > b.fewHits && !(await hitsAtLeast(db, index, rows))) return null;
    const window = await probeWindow(db, query, rows, order);
    if (!window) return null;
    const selects = window.ranges.map((range) => Prisma.sql`SELECT s."id" AS "id", s."date" AS "date" FROM "Statement" s WHERE ${range} AND ${conditions}`);
    const found = await db.$queryRaw<{ id: number | bigint }[]>`
      SELECT w."id" AS "id" FROM (${Prisma.join(selects, " UNION ALL ")}) w
      ${orderBy(order, "w")}
      LIMIT ${need}`;
    // Every match outside the window comes after every statement in it.
    if (found.length >= need || window.whole) return found.map((r) => Number(r.id));
    if (found.length === 0) return null;
    rows = Math.ceil((rows * need * PROBE_MARGIN) / found.length);
  }
}

/**
 * The first `rows` statements in order under the region and dates, and any dated the same day as
 * the last of them, as the ranges of dates that hold them; whole when that is every statement.
 * Undated statements come first oldest first and last newest first, as SQLite sorts NULL; null
 * when they would be part of the window newest first.
 */
async function probeWindow(db: Database, query: SearchQuery, rows: number, order: Order): Promise<{ ranges: Prisma.Sql[]; whole: boolean } | null> {
  const [edge] = await db.$queryRaw<{ date: string | null }[]>`
    SELECT s."date" AS "date" FROM "Statement" s
    WHERE ${Prisma.join(indexedFilterConditions(query), " AND ")}
    ORDER BY s."date" ${Prisma.raw(order === "newest" ? "DESC" : "ASC")}
    LIMIT 1 OFFSET ${rows - 1}`;
  if (!edge) return { ranges: [Prisma.sql`1`], whole: true };
  if (edge.date === null) return null;
  if (order === "newest") return { ranges: [Prisma.sql`s."date" >= ${edge.date}`], whole: false };
  // Two ranges, not an OR: each reads its own stretch of the region's or the dates' index.
  return { ranges: [Prisma.sql`s."date" IS NULL`, Prisma.sql`s."date" <= ${edge.date}`], whole: false };
}

export interface MatchCount {
  /** Every match, or `countCap` when there are more (exact is then false). */
  total: number;
  exact: boolean;
  /** Matches per region code (null: no region), largest first; null unless every match was counted. */
  byRegion: { regionCode: string | null; statements: number }[] | null;
}

export function matchCount(byRegion: { regionCode: string | null; statements: number }[], countCap: number | null): MatchCount {
  const total = byRegion.reduce((sum, r) => sum + r.statements, 0);
  if (countCap !== null && total > countCap) return { total: countCap, exact: false, byRegion: null };
  return { total, exact: true, byRegion: [...byRegion].sort((a, b) => b.statements - a.statements || (a.regionCode ?? "").localeCompare(b.regionCode ?? "")) };
}

/** The newest `limit` matches and how many statements match (up to `bounds.countCap`), for the search page. */
export async function searchMatches(db: Database, query: SearchQuery, limit: number, bounds: Partial<SearchBounds> = {}): Promise<{ ids: number[]; count: MatchCount }> {
  const b = { ...SEARCH_BOUNDS, ...bounds };
  const terms = splitTerms(query.q);
  if (terms.all.length === 0) return { ids: [], count: { total: 0, exact: true, byRegion: [] } };
  // Up to the cap, counting reads every hit anyway: one pass over them gives the page as well.
  const onePass = { ...b, fewHits: b.countCap === null ? b.fewHits : Math.max(b.fewHits, b.countCap + 1) };
  if (terms.index && (await hitsAreFew(db, terms.index, onePass))) return allHits(db, query, terms, terms.index, limit, b.countCap);
  const probed = await probeMatchingIds(db, query, limit, "newest", b);
  return { ids: probed ?? (await sortedMatchIds(db, query, limit, "newest", 0)), count: await countMatches(db, query, b) };
}

/**
 * The page and the counts from one pass over the index's hits, when they are few: reading their
 * rows is the cost, so it is paid once. Rows of rank 0 are counts per region, the others the page.
 */
async function allHits(
  db: Database,
  query: SearchQuery,
  terms: SplitTerms,
  index: SearchIndex,
  limit: number,
  countCap: number | null,
): Promise<{ ids: number[]; count: MatchCount }> {
  const rows = await db.$queryRaw<{ rank: number | bigint; id: number | bigint | null; regionCode: string | null; statements: number | bigint | null }[]>`
    WITH m AS MATERIALIZED (${hitsMatching(query, terms, index, Prisma.sql`s."id" AS "id", s."date" AS "date", s."regionCode" AS "regionCode"`)})
    SELECT 0 AS "rank", NULL AS "id", m."regionCode" AS "regionCode", COUNT(*) AS "statements" FROM m GROUP BY m."regionCode"
    UNION ALL
    SELECT * FROM (
      SELECT ROW_NUMBER() OVER (ORDER BY m."date" DESC, m."id" DESC) AS "rank", m."id" AS "id", NULL AS "regionCode", NULL AS "statements" FROM m
    ) WHERE "rank" <= ${limit}
    ORDER BY "rank"`;
  return {
    ids: rows.flatMap((r) => (Number(r.rank) > 0 ? [Number(r.id)] : [])),
    count: matchCount(rows.flatMap((r) => (Number(r.rank) === 0 ? [{ regionCode: r.regionCode, statements: Number(r.statements) }] : [])), countCap),
  };
}

/**
 * How many statements match, per region, counting at most `bounds.countCap` of them. Reads the
 * statements under the region and dates when they are few, the index's hits otherwise.
 */
export async function countMatches(db: Database, query: SearchQuery, bounds: Partial<SearchBounds> = {}): Promise<MatchCount> {
  const b = { ...SEARCH_BOUNDS, ...bounds };
  const terms = splitTerms(query.q);
  if (terms.all.length === 0) return { total: 0, exact: true, byRegion: [] };
  const scanned = scannedTermConditions(terms);
  const index = terms.index;
  const everyHitMatches = index?.hitsAreMatches && ![query.region, query.city, query.leader, query.level, query.from, query.to, query.theme, selectedKind(query.kind)].some(Boolean);
  // Then whether there are more than the cap is known without reading a row.
  if (index && everyHitMatches && b.countCap !== null && (await hitsAtLeast(db, index, b.countCap + 1))) {
    return { total: b.countCap, exact: false, byRegion: null };
  }
  const scan = scanned && (!index || (await statementsUnder(db, query, b.scanRows + 1)) <= b.scanRows);
  const column = Prisma.sql`s."regionCode" AS "regionCode"`;
  const matches =
    scan || !index
      ? Prisma.sql`SELECT ${column} FROM "Statement" s WHERE ${Prisma.join([...filterConditions(query), ...(scanned ?? [])], " AND ")}`
      : hitsMatching(query, terms, index, column);
  // LIMIT -1 is SQLite's "no limit".
  const rows = await db.$queryRaw<{ regionCode: string | null; statements: number | bigint }[]>`
    SELECT m."regionCode" AS "regionCode", COUNT(*) AS "statements"
    FROM (${matches} LIMIT ${b.countCap === null ? -1 : b.countCap + 1}) m
    GROUP BY m."regionCode"`;
  return matchCount(rows.map((r) => ({ regionCode: r.regionCode, statements: Number(r.statements) })), b.countCap);
}

/** The index's hits for the words it looks up that match the filters and short words, read hit by hit: CROSS JOIN keeps the index the outer loop, so a LIMIT stops it early. */
function hitsMatching(query: SearchQuery, terms: SplitTerms, index: SearchIndex, columns: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`SELECT ${columns}
    FROM ${indexTable(index)} f CROSS JOIN "Statement" s ON s."id" = f."rowid"
    WHERE ${indexTable(index, "f")} MATCH ${index.match} AND ${Prisma.join([...filterConditions(query), ...shortTermConditions(terms)], " AND ")}`;
}

/** Statements under the query's region and dates, counted along an index up to `atMost`. */
async function statementsUnder(db: Database, query: SearchQuery, atMost: number): Promise<number> {
  const [row] = await db.$queryRaw<{ statements: number | bigint }[]>`
    SELECT COUNT(*) AS "statements" FROM (SELECT 1 FROM "Statement" s WHERE ${Prisma.join(indexedFilterConditions(query), " AND ")} LIMIT ${atMost})`;
  return Number(row.statements);
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
  const conditions = query.q ? [...runSearchConditions(db, query.q), ...filterConditions(query)] : filterConditions(query);
  const newest = Prisma.raw(`ORDER BY ${dialectOf(db).nullableOrder(`s."date"`, "DESC")}, s."id" DESC`);
  const perCellQueries = cells.map(
    (cell) => Prisma.sql`SELECT * FROM (
      SELECT s."regionCode" AS "regionCode", t."themeId" AS "themeId", s."id" AS "id"
      FROM "Statement" s JOIN "StatementTheme" t ON t."statementId" = s."id"
      WHERE s."regionCode" = ${cell.regionCode} AND t."themeId" = ${cell.themeId} AND ${Prisma.join(conditions, " AND ")}
      ${newest} LIMIT ${perCell}) AS "cell"`,
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
