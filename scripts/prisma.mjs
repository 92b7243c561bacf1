#!/usr/bin/env node
// Runs the Prisma CLI offline: the engine variables point at an existing file so the CLI
// does not try to download engines; the JS engine and the better-sqlite3 adapter do the work.
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const POSTGRES_SCHEMA = "prisma/postgres/schema.prisma";
const cli = require.resolve("prisma/build/index.js");
const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
  PRISMA_QUERY_ENGINE_LIBRARY: process.env.PRISMA_QUERY_ENGINE_LIBRARY ?? process.execPath,
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  CHECKPOINT_DISABLE: "1",
};
const args = process.argv.slice(2);
const run = (extra) => spawnSync(process.execPath, [cli, ...args, ...extra], { stdio: "inherit", env }).status ?? 1;
// A client is generated per provider: plain `generate` makes PostgreSQL's schema and client as well as SQLite's.
if (args[0] === "generate" && !args.some((a) => a.startsWith("--schema"))) {
  const status = run([]);
  if (status !== 0) process.exit(status);
  const { postgresSchema } = await import("./postgres-schema.mjs");
  writeFileSync(POSTGRES_SCHEMA, postgresSchema(readFileSync("prisma/schema.prisma", "utf8")));
  process.exit(run(["--schema", POSTGRES_SCHEMA]));
}
process.exit(run([]));
