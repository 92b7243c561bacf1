// The load test's yardstick: a minimal node:http server answering GET /api/statements (the first
// 100 statements in the API's order, as the API's JSON) from the same database with better-sqlite3,
// one process per core behind Node's cluster module like scripts/serve-cluster.mjs. It has no
// framework, validation or ORM: what the app answers beside it is what they cost.
// Arguments: -p PORT, -H HOSTNAME; DATABASE_URL=file:PATH; WEB_WORKERS sets the processes.
import cluster from "node:cluster";
import http from "node:http";
import os from "node:os";
import { parseArgs } from "node:util";
import Sqlite from "better-sqlite3";

const { values: args } = parseArgs({
  options: { port: { type: "string", short: "p", default: "3000" }, hostname: { type: "string", short: "H" } },
});

const STATEMENTS_SQL = `
  SELECT s."id" AS "id", r."name" AS "region", r."nameEn" AS "regionEn", s."speaker" AS "speaker", s."office" AS "office",
    s."level" AS "level", s."date" AS "date",
    (SELECT json_group_array("themeId") FROM (SELECT "themeId" FROM "StatementTheme" WHERE "statementId" = s."id" ORDER BY "themeId")) AS "themes",
    s."text" AS "text", a."id" AS "articleId", a."title" AS "articleTitle", a."sourceFile" AS "sourceFile",
    s."startChar" AS "start", s."endChar" AS "end"
  FROM "Statement" s JOIN "Article" a ON a."id" = s."articleId" LEFT JOIN "Region" r ON r."code" = s."regionCode"
  ORDER BY s."date", s."articleId", s."startChar"
  LIMIT 100`;

if (cluster.isPrimary) {
  const workers = Number(process.env.WEB_WORKERS) || os.availableParallelism();
  for (let i = 0; i < workers; i++) cluster.fork();
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => process.exit(0));
} else {
  const file = (process.env.DATABASE_URL ?? "").replace(/^file:/, "").replace(/\?.*$/s, "");
  const db = new Sqlite(file, { readonly: true, fileMustExist: true });
  const statements = db.prepare(STATEMENTS_SQL);
  http
    .createServer((request, response) => {
      if (request.method !== "GET" || new URL(request.url ?? "/", "http://x").pathname !== "/api/statements") {
        response.writeHead(404).end();
        return;
      }
      const records = statements.all().map((r) => ({ ...r, themes: JSON.parse(r.themes) }));
      const body = JSON.stringify({ count: records.length, statements: records });
      response.writeHead(200, { "content-type": "application/json" }).end(body);
    })
    .listen(Number(args.port), args.hostname);
}
