import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { referenceDataFrom } from "@/lib/ingest/reference-data";
import { listArticleFiles } from "@/lib/ingest/article-file";
import { seedArticles } from "@/lib/ingest/seed";
import { loadKnowledge } from "@/lib/knowledge";
import { tagArticle } from "@/lib/tagger";
import type { Database } from "./client";
import { findStatements } from "./queries";
import { echoesOfRegion, echoLagByRegion, echoTrace, findEchoes, findUnloadedCites, rebuildEchoes } from "./echoes";
import { syncReferenceData } from "./load";
import { testDatabase } from "./fixtures/test-database";

describe("echoes in the database", () => {
  let db: Database;
  let surveillanceStatementId: number;

  beforeAll(async () => {
    db = await testDatabase("echo");
    const knowledge = loadKnowledge();
    await syncReferenceData(db, referenceDataFrom(knowledge));
    await seedArticles(db, listArticleFiles(path.resolve("data/articles")), (raw, fileName) => tagArticle(raw, knowledge, { fileName }));
    const summary = await rebuildEchoes(db);
    expect(summary.echoes).toBeGreaterThan(0);
    const central = await db.statement.findFirstOrThrow({ where: { text: { contains: "加强疫情监测和常态化预警能力建设，健全" }, level: "central" } });
    surveillanceStatementId = central.id;
  }, 60_000);
  afterAll(async () => db?.$disconnect());

  it("rebuilds to the same clauses, echoes and cited events when run again", async () => {
    const before = { clauses: await db.clause.count(), echoes: await db.echo.count(), citedEvents: await db.citedEvent.count() };
    expect(await rebuildEchoes(db)).toEqual(before);
    expect({ clauses: await db.clause.count(), echoes: await db.echo.count(), citedEvents: await db.citedEvent.count() }).toEqual(before);
  });

  it("traces a central statement to the regions that echoed it, how soon, and the regions silent in its window", async () => {
    const trace = (await echoTrace(db, surveillanceStatementId))!;
    const region = (name: string) => trace.regions.find((r) => r.name === name)!;
    expect(trace.window).toEqual({ from: "2023-02-16", to: "2023-05-17", days: 90, loose: false });
    expect(region("新疆")).toMatchObject({ state: "echoed", firstLagDays: 0 });
    expect(region("陕西")).toMatchObject({ state: "echoed", firstLagDays: 0 });
    // 郑栅洁's words were spoken on his visit of 2月24日, eight days after the centre's meeting.
    expect(region("安徽")).toMatchObject({ state: "echoed", firstLagDays: 8 });
    expect(region("西藏")).toMatchObject({ state: "no-articles", firstLagDays: null });
    expect(trace.regions.some((r) => r.code === "central")).toBe(false);
    const zhao = trace.echoes.find((e) => e.echo.speaker === "赵一德")!;
    expect(zhao.kind).toBe("echo");
    expect(zhao.spans.map((s) => s.text).join()).toContain("监测体系和信息报告制度");
    for (const span of zhao.spans) expect(zhao.echo.text.slice(span.start, span.end)).toBe(span.text);
  });

  it("has no trace for a provincial statement or an unknown id", async () => {
    const provincial = await db.statement.findFirstOrThrow({ where: { level: "provincial" } });
    expect(await echoTrace(db, provincial.id)).toBeNull();
    expect(await echoTrace(db, 999_999)).toBeNull();
  });

  it("lists a region's echoes of the centre and its directives that carry out none, each saying whether the centre had spoken", async () => {
    const jiangsu = await echoesOfRegion(db, "jiangsu");
    expect(jiangsu.echoes.flatMap((e) => e.spans.map((s) => s.text)).join()).toContain("四方责任");
    const echoingStatements = new Set(jiangsu.echoes.map((e) => e.echo.statementId));
    for (const s of jiangsu.localInitiatives) {
      expect(echoingStatements.has(s.statementId)).toBe(false);
      expect(["silent", "no-articles"]).toContain(s.state);
    }
    const henan = await echoesOfRegion(db, "henan");
    expect(henan.localInitiatives.length).toBeGreaterThan(3);
  });

  it("gives each region's four states towards the centre's statements, and its speed, in the order asked", async () => {
    const speeds = await echoLagByRegion(db, ["henan", "xinjiang", "jiangsu"]);
    expect(speeds.map((s) => s.regionCode)).toEqual(["henan", "xinjiang", "jiangsu"]);
    const centrals = await db.statement.count({ where: { level: "central", date: { not: null } } });
    for (const s of speeds) expect(s.echoed + s.cited + s.silent + s.noArticles).toBe(centrals);
    for (const s of speeds) expect(s.windowDays).toBe(90);
    expect(speeds[1].echoed + speeds[1].cited).toBeGreaterThan(0);
    expect(speeds[1]).toMatchObject({ fastestLagDays: 0 });
  });

  it("filters echoes like statements, each row with its kind, lag and shared spans", async () => {
    const all = await findEchoes(db, {});
    expect(all.length).toBe(await db.echo.count());
    const shaanxi = await findEchoes(db, { region: "shaanxi" });
    expect(shaanxi.map((e) => e.speaker)).toContain("赵一德");
    expect(shaanxi.find((e) => e.centralStatementId === surveillanceStatementId)).toMatchObject({ region: "陕西", kind: "echo", centralDate: "2023-02-16", lagDays: 0 });
    expect(await findEchoes(db, { from: "2030-01-01" })).toEqual([]);
    const ofOne = await findEchoes(db, {}, { centralStatementId: surveillanceStatementId });
    expect(ofOne.length).toBeGreaterThan(2);
    expect(new Set(ofOne.map((e) => e.centralStatementId))).toEqual(new Set([surveillanceStatementId]));
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

  it("keeps cited central events no loaded statement tells of, searchable by name", async () => {
    const unloaded = await db.citedEvent.findMany({ where: { loaded: false }, take: 1 });
    if (unloaded.length === 0) return;
    const found = await findUnloadedCites(db, unloaded[0].name.slice(0, 4));
    expect(found.map((c) => c.statementId)).toContain(unloaded[0].statementId);
  });
});
