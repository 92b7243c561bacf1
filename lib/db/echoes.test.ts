import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { referenceDataFrom } from "@/lib/ingest/reference-data";
import { listArticleFiles } from "@/lib/ingest/article-file";
import { seedArticles } from "@/lib/ingest/seed";
import { loadKnowledge } from "@/lib/knowledge";
import { tagArticle } from "@/lib/tagger";
import { createDatabase, type Database } from "./client";
import { findStatements } from "./queries";
import { echoesOfRegion, echoLagByRegion, echoTrace, findEchoes, rebuildEchoes } from "./echoes";
import { syncReferenceData } from "./load";
import { migrateDatabase } from "./migrate";

describe("echoes in the database", () => {
  let db: Database;
  let surveillanceStatementId: number;

  beforeAll(async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "atlas-echo-")), "echo.db");
    migrateDatabase(file);
    db = createDatabase({ file });
    const knowledge = loadKnowledge();
    await syncReferenceData(db, referenceDataFrom(knowledge));
    await seedArticles(db, listArticleFiles(path.resolve("data/articles")), (raw, fileName) => tagArticle(raw, knowledge, { fileName }));
    const summary = await rebuildEchoes(db);
    expect(summary.echoes).toBeGreaterThan(0);
    const clause = await db.clause.findFirstOrThrow({ where: { text: { contains: "加强疫情监测和常态化预警能力建设，健全" }, statement: { level: "central" } } });
    surveillanceStatementId = clause.statementId;
  });
  afterAll(async () => db?.$disconnect());

  it("rebuilds to the same clauses and echoes when run again", async () => {
    const before = { clauses: await db.clause.count(), echoes: await db.echo.count() };
    expect(await rebuildEchoes(db)).toEqual(before);
    expect({ clauses: await db.clause.count(), echoes: await db.echo.count() }).toEqual(before);
  });

  it("traces a central statement to the regions that echoed it and how soon", async () => {
    const trace = (await echoTrace(db, surveillanceStatementId))!;
    const region = (name: string) => trace.regions.find((r) => r.name === name)!;
    expect(region("新疆")).toMatchObject({ firstLagDays: 0, echoes: 1 });
    expect(region("陕西")).toMatchObject({ firstLagDays: 0 });
    expect(region("安徽")).toMatchObject({ firstLagDays: 0 });
    expect(region("河南")).toMatchObject({ firstLagDays: null, echoes: 0 });
    expect(trace.regions.some((r) => r.code === "central")).toBe(false);
    const echoes = trace.clauses.flatMap((c) => c.echoes);
    expect(echoes.find((e) => e.echo.speaker === "赵一德")?.sharedPhrases).toContain("监测体系和信息报告制度");
  });

  it("has no trace for a provincial statement or an unknown id", async () => {
    const provincial = await db.statement.findFirstOrThrow({ where: { level: "provincial" } });
    expect(await echoTrace(db, provincial.id)).toBeNull();
    expect(await echoTrace(db, 999_999)).toBeNull();
  });

  it("lists a region's echoes of the centre and its directives that echo nobody", async () => {
    const jiangsu = await echoesOfRegion(db, "jiangsu");
    expect(jiangsu.echoes.map((e) => e.sharedPhrases)).toContainEqual(["四方责任"]);
    expect(jiangsu.localInitiatives.some((s) => s.speaker === "周斌")).toBe(true);
    const echoingStatements = new Set(jiangsu.echoes.map((e) => e.echo.statementId));
    for (const s of jiangsu.localInitiatives) expect(echoingStatements.has(s.statementId)).toBe(false);
    const henan = await echoesOfRegion(db, "henan");
    expect(henan.echoes).toEqual([]);
    expect(henan.localInitiatives.length).toBeGreaterThan(3);
  });

  it("gives each region's echo speed in the order asked", async () => {
    const speeds = await echoLagByRegion(db, ["henan", "xinjiang", "jiangsu"]);
    expect(speeds.map((s) => s.regionCode)).toEqual(["henan", "xinjiang", "jiangsu"]);
    expect(speeds[0]).toMatchObject({ echoes: 0, medianLagDays: null, fastestLagDays: null });
    expect(speeds[1]).toMatchObject({ echoes: 1, centralClausesEchoed: 1, medianLagDays: 0, fastestLagDays: 0 });
  });

  it("filters echoes like statements", async () => {
    const all = await findEchoes(db, {});
    expect(all.length).toBe(await db.echo.count());
    const shaanxi = await findEchoes(db, { region: "shaanxi" });
    expect(shaanxi.map((e) => e.speaker)).toEqual(["赵一德"]);
    expect(shaanxi[0]).toMatchObject({ region: "陕西", centralDate: "2023-02-16", lagDays: 0 });
    expect(await findEchoes(db, { from: "2023-01-01", level: "municipal" })).toEqual([]);
  });

  it("narrows echoes to echoing statements that contain the search words", async () => {
    const matching = new Set((await findStatements(db, { q: "信息报告制度", limit: 10_000 })).map((s) => s.id));
    const all = await findEchoes(db, {});
    const expected = all.filter((e) => matching.has(e.statementId)).map((e) => e.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(all.length);
    expect((await findEchoes(db, { q: "信息报告制度" })).map((e) => e.id).sort()).toEqual(expected.sort());
    expect(await findEchoes(db, { q: "没有这句话" })).toEqual([]);
  });
});
