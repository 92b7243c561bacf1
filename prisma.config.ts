import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { databaseTarget } from "./lib/db/location";

// The JS schema engine drives SQLite through better-sqlite3 (PostgreSQL through pg), so nothing is downloaded.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  async adapter() {
    const target = databaseTarget();
    return target.engine === "postgres" ? new PrismaPg({ connectionString: target.url }) : new PrismaBetterSQLite3({ url: target.file });
  },
});
