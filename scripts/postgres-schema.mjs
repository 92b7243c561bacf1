#!/usr/bin/env node
// Writes prisma/postgres/schema.prisma from prisma/schema.prisma, the one schema source: the same
// models for PostgreSQL, with the client generated beside SQLite's. --check exits 1 when it is stale.
import { readFileSync, writeFileSync } from "node:fs";

const SOURCE = "prisma/schema.prisma";
const TARGET = "prisma/postgres/schema.prisma";

export function postgresSchema(source) {
  const swaps = [
    [/output(\s+)= "\.\.\/lib\/generated\/prisma"/, 'output$1= "../../lib/generated/prisma-postgres"'],
    [/provider = "sqlite"/, 'provider = "postgresql"'],
    [/url(\s+)= "file:[^"]*"/, 'url$1= "postgresql://localhost/atlas"'],
  ];
  let schema = source;
  for (const [pattern, replacement] of swaps) {
    if (!pattern.test(schema)) throw new Error(`${SOURCE}: no match for ${pattern}; update scripts/postgres-schema.mjs`);
    schema = schema.replace(pattern, replacement);
  }
  return `// Generated from ${SOURCE} by scripts/postgres-schema.mjs: edit that file, then run it.\n${schema}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const wanted = postgresSchema(readFileSync(SOURCE, "utf8"));
  if (process.argv.includes("--check")) {
    if (readFileSync(TARGET, "utf8") !== wanted) {
      console.error(`${TARGET} is out of date with ${SOURCE}: run node scripts/postgres-schema.mjs`);
      process.exit(1);
    }
  } else writeFileSync(TARGET, wanted);
}
