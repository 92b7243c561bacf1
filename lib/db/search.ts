// The search of either engine behind one entry: SQLite's FTS5 routes (lib/db/statement-sql.ts) or
// PostgreSQL's pg_trgm one (lib/db/postgres/search.ts), chosen by the database a client talks to.
import type { Database } from "./client";
import { runQuery } from "./dialect";
import * as postgres from "./postgres/search";
import * as sqlite from "./statement-sql";
import type { MatchCount, SearchBounds, SearchQuery } from "./statement-sql";

/** Ids of the first `limit` statements (after `offset`) matching the words and filters, by date then id. */
export function searchedStatementIds(db: Database, query: SearchQuery, limit: number, order: "newest" | "oldest", offset?: number): Promise<number[]> {
  return runQuery(db, {
    sqlite: () => sqlite.matchingStatementIds(db, query, limit, order, offset),
    postgres: () => postgres.matchingStatementIds(db, query, limit, order, offset),
  });
}

/** The newest `limit` matches and how many statements match, up to `bounds.countCap`. */
export function searchedPage(db: Database, query: SearchQuery, limit: number, bounds: Partial<SearchBounds> = {}): Promise<{ ids: number[]; count: MatchCount }> {
  return runQuery(db, {
    sqlite: () => sqlite.searchMatches(db, query, limit, bounds),
    postgres: () => postgres.searchMatches(db, query, limit, bounds),
  });
}
