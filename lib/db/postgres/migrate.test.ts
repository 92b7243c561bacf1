import { spawnSync } from "node:child_process";
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { newPostgresDatabase, testPostgresUrl } from "../fixtures/test-database";
import { takeSeedAdvisoryLock } from "./advisory-lock";
import { emptyPostgres, localeProblem, migratePostgres } from "./migrate";

/** Runs the statements in turn on one connection; the last one's rows. */
async function query<T extends pg.QueryResultRow>(url: string, ...statements: string[]): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    let rows: T[] = [];
    for (const sql of statements) rows = (await client.query<T>(sql)).rows;
    return rows;
  } finally {
    await client.end();
  }
}

// The tables, columns, keys and indexes Prisma models; the search indexes and the corpus version's triggers are SQL it does not.
async function schemaOf(url: string): Promise<string[]> {
  const rows = await query<{ line: string }>(
    url,
    `
    SELECT format('column %s.%s %s %s %s', c.table_name, c.column_name, c.data_type, c.is_nullable, coalesce(c.column_default, '')) AS "line"
      FROM information_schema.columns c WHERE c.table_schema = current_schema()
    UNION ALL SELECT format('constraint %s %s', conrelid::regclass, pg_get_constraintdef(oid)) FROM pg_constraint WHERE connamespace = current_schema()::regnamespace
    UNION ALL SELECT format('index %s', indexdef) FROM pg_indexes WHERE schemaname = current_schema()`);
  // The date indexes are Prisma's with undated statements first (0005_date_nulls_first), tested below.
  return rows
    .map((r) => r.line.replace(/ NULLS FIRST/g, ""))
    .filter((line) => !/_AtlasMigration|StatementBigram|_trgm_idx/.test(line))
    .sort();
}

describe("localeProblem", () => {
  it("accepts byte order with Chinese trigrams, and names the fix otherwise", () => {
    expect(localeProblem("C.UTF-8", 3)).toBeNull();
    expect(localeProblem("C", null)).toBeNull();
    expect(localeProblem("en_US.UTF-8", 3)).toMatch(/sorts text by "en_US.UTF-8".*createdb --template=template0 --locale=C.UTF-8/);
    expect(localeProblem("C", 0)).toMatch(/does not index Chinese text/);
  });
});

describe.runIf(testPostgresUrl())("migratePostgres", () => {
  const server = testPostgresUrl()!;
  let url: string;
  beforeAll(async () => {
    url = await newPostgresDatabase(server, "atlas_migrate");
  });

  it("applies the migrations once and builds the schema that prisma/postgres/schema.prisma describes", async () => {
    expect(await migratePostgres(url)).toContain("0001_init");
    expect(await migratePostgres(url)).toEqual([]);

    const prisma = spawnSync(process.execPath, ["scripts/prisma.mjs", "migrate", "diff", "--from-empty", "--to-schema-datamodel", "prisma/postgres/schema.prisma", "--script"], {
      encoding: "utf8",
    });
    expect(prisma.status, prisma.stderr).toBe(0);
    const expected = await newPostgresDatabase(server, "atlas_expected");
    await query(expected, prisma.stdout);

    const migrated = await schemaOf(url);
    expect(migrated).toEqual(await schemaOf(expected));
    expect(migrated.some((line) => line.startsWith("column Statement.text text NO"))).toBe(true);
  }, 120_000);

  it("generates the PostgreSQL schema from prisma/schema.prisma, and it is up to date", () => {
    const check = spawnSync(process.execPath, ["scripts/postgres-schema.mjs", "--check"], { encoding: "utf8" });
    expect(check.status, check.stderr).toBe(0);
  });

  it("indexes Chinese text with pg_trgm, which the planner uses for a word of three characters or more", async () => {
    await migratePostgres(url);
    const plan = await query<{ "QUERY PLAN": string }>(url, `SET enable_seqscan = off`, `EXPLAIN SELECT "id" FROM "Statement" WHERE "text" LIKE '%监测预警%'`);
    expect(plan.map((row) => row["QUERY PLAN"]).join("\n")).toContain("Statement_text_trgm_idx");
    const [{ trigrams }] = await query<{ trigrams: number }>(url, `SELECT cardinality(show_trgm('监测预警')) AS "trigrams"`);
    expect(trigrams).toBeGreaterThan(0);
  });

  it("sorts the date indexes as the queries read them: a region's newest or oldest statements without a sort", async () => {
    await migratePostgres(url);
    const planOf = async (sql: string) =>
      (await query<{ "QUERY PLAN": string }>(url, `SET enable_seqscan = off`, `EXPLAIN ${sql}`)).map((row) => row["QUERY PLAN"]).join("\n");
    const newest = await planOf(`SELECT "id" FROM "Statement" WHERE "regionCode" = 'henan' ORDER BY "date" DESC NULLS LAST LIMIT 5`);
    expect(newest).toContain("Index Scan Backward using \"Statement_regionCode_date_articleId_startChar_idx\"");
    expect(newest).not.toMatch(/\bSort\b/);
    const oldest = await planOf(`SELECT "id" FROM "Statement" ORDER BY "date" ASC NULLS FIRST, "articleId", "startChar" LIMIT 5`);
    expect(oldest).toContain("Index Scan using \"Statement_date_articleId_startChar_idx\"");
    expect(oldest).not.toMatch(/\bSort\b/);
  });

  it("empties the database in place, and migrates it again", async () => {
    await migratePostgres(url);
    await emptyPostgres(url);
    expect(await query(url, `SELECT tablename FROM pg_tables WHERE schemaname = current_schema()`)).toEqual([]);
    expect(await migratePostgres(url)).toContain("0001_init");
  });

  describe("the seed's advisory lock", () => {
    it("lets one seed at a time hold it, names the holder, and is free again once released", async () => {
      const first = await takeSeedAdvisoryLock(url);
      expect(first.taken).toBe(true);
      const second = await takeSeedAdvisoryLock(url);
      expect(second).toEqual({ taken: false, holder: expect.any(Number) });
      if (first.taken) await first.release();
      const third = await takeSeedAdvisoryLock(url);
      expect(third.taken).toBe(true);
      if (third.taken) await third.release();
    });
  });
});
