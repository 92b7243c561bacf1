// PostgreSQL's side of lib/db/dialect.ts.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Dialect } from "../dialect";

export const postgresDialect: Dialect = {
  rowSource(rows, columns) {
    const names = Object.keys(columns).map((name) => `"${name}"`);
    const definitions = Object.entries(columns).map(([name, type]) => `"${name}" ${type === "real" ? "double precision" : type}`);
    return Prisma.sql`(SELECT * FROM ROWS FROM (jsonb_to_recordset(CAST(${JSON.stringify(rows)} AS jsonb)) AS (${Prisma.raw(definitions.join(", "))}))
      WITH ORDINALITY AS "r"(${Prisma.raw(names.join(", "))}, "key"))`;
  },
  now: () => Prisma.sql`CURRENT_TIMESTAMP`,
  paddedId: (column) => `lpad(CAST(${column} AS TEXT), 12, '0')`,
  nullableOrder: (column, direction) => `${column} ${direction} ${direction === "ASC" ? "NULLS FIRST" : "NULLS LAST"}`,
  insertBigrams: (source) => Prisma.sql`INSERT INTO "StatementBigram" ("statementId", "grams") SELECT "b"."id", string_to_array("b"."grams", ' ') FROM ${source} AS "b"`,
  statementThemesJson: Prisma.raw(`(SELECT COALESCE(json_agg(json_build_array(th."id", th."nameZh", th."nameEn") ORDER BY th."id"), '[]')::text
    FROM "StatementTheme" st JOIN "Theme" th ON th."id" = st."themeId" WHERE st."statementId" = s."id")`),
  reprintsJson: Prisma.raw(`(SELECT COALESCE(json_agg(json_build_array(coalesce(o."outlet", o."title", ''), coalesce(o."url", '')) ORDER BY o."id"), '[]')::text
    FROM "Article" o WHERE o."reprintOf" = a."id")`),
  isDay: (column) => `${column} ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'`,
  readRows: (db, sql) => db.$queryRaw(sql),
};
