import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listArticleFiles } from "@/lib/ingest/article-file";
import { referenceDataFrom } from "@/lib/ingest/reference-data";
import { seedArticles } from "@/lib/ingest/seed";
import { loadKnowledge } from "@/lib/knowledge";
import { tagArticle } from "@/lib/tagger";
import { createDatabase, type Database } from "./client";
import { syncReferenceData } from "./load";
import { migrateDatabase } from "./migrate";
import { leaderDetail, regionDetail, regionSummaries, statementWhere, type StatementQuery } from "./queries";

const knowledge = loadKnowledge();

describe("the statement tally behind the map", () => {
  let db: Database;

  beforeAll(async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "atlas-tally-")), "tally.db");
    migrateDatabase(file);
    db = createDatabase({ file });
    await syncReferenceData(db, referenceDataFrom(knowledge));
    await seedArticles(db, listArticleFiles(path.resolve("data/articles")), (raw, fileName) => tagArticle(raw, knowledge, { fileName }));
  });
  afterAll(async () => db?.$disconnect());

  const filters: Omit<StatementQuery, "limit">[] = [
    {},
    { theme: "accountability" },
    { level: "provincial" },
    { leader: "楼阳生" },
    { from: "2022-11-01", to: "2022-11-30" },
    { from: "2023-01-01" },
    { theme: "surveillance", to: "2023-02-20", level: "provincial" },
  ];

  it.each(filters)("counts per region and the latest directive agree with the statements for %o", async (filter) => {
    const summaries = await regionSummaries(db, filter);
    for (const region of summaries) {
      const where = statementWhere({ ...filter, region: region.code });
      expect(region.statements, region.name).toBe(await db.statement.count({ where }));
      expect((await regionDetail(db, region.code, filter))?.total, region.name).toBe(region.statements);
      expect(region.allStatements, region.name).toBe(await db.statement.count({ where: { regionCode: region.code } }));
      const newest = await db.statement.findFirst({ where: { AND: [where, { date: { not: null } }] }, orderBy: [{ date: "desc" }, { id: "desc" }] });
      expect(region.latest?.date ?? null, region.name).toBe(newest?.date ?? null);
      const speakerTotal = region.speakers.reduce((sum, s) => sum + s.statements, 0);
      expect(speakerTotal).toBe(await db.statement.count({ where: { AND: [where, { speaker: { not: null } }] } }));
    }
    expect(summaries.some((r) => r.statements > 0)).toBe(true);
  });

  it("gives a leader's regions and theme profile from the same counts", async () => {
    const leader = await db.leader.findUniqueOrThrow({ where: { name: "楼阳生" } });
    const detail = await leaderDetail(db, leader.id);
    expect(detail?.regions).toEqual([{ name: "河南", code: "henan", statements: await db.statement.count({ where: { leaderId: leader.id } }) }]);
    const accountability = detail?.themes.find((t) => t.id === "accountability");
    expect(accountability?.statements).toBe(await db.statement.count({ where: { leaderId: leader.id, themes: { some: { themeId: "accountability" } } } }));
  });
});
