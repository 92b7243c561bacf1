// A province's municipal statements by prefecture-level city: the province page's city map.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Database } from "./client";
import { statementViews, statementWhere, type StatementQuery, type StatementView } from "./queries";
import { filterConditions } from "./statement-sql";

export interface CityStatements {
  /** The city's short name, as the tagger writes it (郑州). */
  city: string;
  /** Its statements matching the filters. */
  total: number;
  /** The newest of them, at most the limit asked for. */
  statements: StatementView[];
}

/** The cities of a region with statements matching the filters, most statements first. */
export async function cityStatements(db: Database, region: string, filter: Omit<StatementQuery, "region" | "city" | "q">, perCity = 20): Promise<CityStatements[]> {
  // The tally has no cities: count the statements, few per province.
  const counts = await db.$queryRaw<{ city: string; total: number | bigint }[]>`
    SELECT s."city" AS "city", COUNT(*) AS "total" FROM "Statement" s
    WHERE ${Prisma.join([...filterConditions({ ...filter, region }), Prisma.sql`s."city" IS NOT NULL`], " AND ")}
    GROUP BY s."city" ORDER BY COUNT(*) DESC, s."city"`;
  const cities = await Promise.all(
    counts.map(async ({ city, total }) => {
      const ids = await db.statement.findMany({
        where: statementWhere({ ...filter, region, city }),
        orderBy: [{ date: "desc" }, { articleId: "asc" }, { startChar: "asc" }],
        take: perCity,
        select: { id: true },
      });
      return { city, total: Number(total), statements: await statementViews(db, ids.map((s) => s.id)) };
    }),
  );
  return cities;
}
