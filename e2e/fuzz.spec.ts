import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import http from "node:http";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { hostilePathParams, hostileQueryStrings } from "./hostile-input";
import { APP_ROUTES, routePath } from "./routes";

const QUERIES_PER_ROUTE = 1_000;
const PATH_PARAMS_PER_ROUTE = 200;
const CONCURRENCY = 6;
const E2E_DATABASE = "test-results/e2e.db";

// What a leaked error looks like: a stack frame, a build path, Next's crash page.
const LEAK = /\n\s+at \S.*:\d+:\d+|node_modules\/|\.next\/server|webpack-internal|Application error: a server-side exception|Internal Server Error|PrismaClient|SqliteError/;

const FILTERS_REFUSED = "These filters cannot be applied";

interface Answer {
  path: string;
  status: number;
  body: string;
}

/** GET with the path sent byte for byte as given (no client-side normalisation). */
function rawGet(baseURL: string, path: string): Promise<Answer> {
  const { hostname, port } = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const request = http.get({ hostname, port, path, headers: { accept: "text/html,application/json" } }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ path, status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
      response.on("error", reject);
    });
    request.on("error", reject);
    request.setTimeout(60_000, () => request.destroy(new Error(`timeout: ${path}`)));
  });
}

async function inParallel<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await work(items[i]);
      }
    }),
  );
  return results;
}

async function databaseFingerprint(): Promise<string> {
  const hash = createHash("sha256");
  const postgresUrl = process.env.E2E_DATABASE_URL?.startsWith("postgres") ? process.env.E2E_DATABASE_URL : null;
  if (postgresUrl) {
    // Every table's rows, counted exactly: an insert or a delete shows (PostgreSQL keeps no one file to hash).
    const client = new pg.Client({ connectionString: postgresUrl });
    await client.connect();
    try {
      const tables = (await client.query<{ name: string }>(`SELECT tablename AS "name" FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1`)).rows;
      for (const { name } of tables) hash.update(`${name} ${(await client.query(`SELECT count(*) AS "n" FROM "${name}"`)).rows[0].n}\n`);
      hash.update(JSON.stringify((await client.query(`SELECT * FROM "CorpusVersion"`)).rows));
    } finally {
      await client.end();
    }
    return hash.digest("hex");
  }
  for (const file of [E2E_DATABASE, `${E2E_DATABASE}-wal`]) hash.update(existsSync(file) ? readFileSync(file) : "absent");
  return hash.digest("hex");
}

test.describe("hostile requests", () => {
  test.describe.configure({ timeout: 900_000 });

  for (const [index, route] of APP_ROUTES.entries()) {
    const queries = route.fuzzQueries ?? QUERIES_PER_ROUTE;
    test(`${route.pattern}: ${queries} hostile query strings, no 5xx, no leaked error`, async ({ baseURL }) => {
      const paths = hostileQueryStrings(route.query, queries, 7_000 + index).map((q) => `${routePath(route)}?${q}`);
      if (route.pattern.includes("[")) {
        for (const param of hostilePathParams(PATH_PARAMS_PER_ROUTE, 9_000 + index)) paths.push(routePath(route, param));
      }
      const before = await databaseFingerprint();
      const answers = await inParallel(paths, CONCURRENCY, (path) => rawGet(baseURL!, path));
      const failures = answers.filter((a) => a.status >= 500 || a.status === 0 || LEAK.test(a.body));
      expect(failures.map((a) => `${a.status} ${a.path.slice(0, 200)} ${a.body.match(LEAK)?.[0] ?? ""}`)).toEqual([]);
      expect(answers.length).toBeGreaterThanOrEqual(queries);
      // Some answers must be refusals, some must be pages: the fuzz reached both sides. The map
      // page refuses filters in the page itself (an App Router page cannot answer 400).
      expect(answers.some((a) => a.status >= 400 || a.body.includes(FILTERS_REFUSED))).toBe(true);
      expect(answers.some((a) => a.status === 200)).toBe(true);
      expect(await databaseFingerprint(), "no request wrote to the database").toBe(before);
    });
  }

  test("an address longer than the server accepts is refused, not failed", async ({ baseURL }) => {
    const answer = await rawGet(baseURL!, `/api/statements?leader=${"a".repeat(20_000)}`).catch((error: NodeJS.ErrnoException) => String(error.code));
    if (typeof answer === "string") expect(answer).toBe("ECONNRESET"); // Node's parser closed the connection
    else expect([414, 431]).toContain(answer.status);
  });
});
