import path from "node:path";
import { describe, expect, it } from "vitest";
import { listArticleFiles } from "@/lib/ingest/article-file";
import { clausesOfFiles, clausesOfFolder } from "@/lib/ingest/echo-corpus";
import { detectEchoes } from "./detect";
import { clauseContaining, evaluateLabels, type LabelledPair } from "./evaluate";
import labelled from "./fixtures/labelled-pairs.json";
import unseen from "./fixtures/labelled-pairs-unseen.json";

const pairs = labelled.pairs as LabelledPair[];
const clauses = clausesOfFolder(path.resolve("data/articles"));
const matches = detectEchoes(clauses);
const clauseById = new Map(clauses.map((c) => [c.id, c]));

describe("echo detection on the seed articles", () => {
  it("reaches precision and recall of at least 0.9 on the hand-labelled pairs", () => {
    expect(pairs.length).toBeGreaterThanOrEqual(40);
    expect(new Set(pairs.map((p) => p.label))).toEqual(new Set(["echo", "none"]));
    const result = evaluateLabels(pairs, clauses, matches);
    expect(result.precision).toBeGreaterThanOrEqual(0.9);
    expect(result.recall).toBeGreaterThanOrEqual(0.9);
  });

  it("finds 马兴瑞, 赵一德 and 郑栅洁 echoing the centre's surveillance directive of 16 February 2023", () => {
    const directive = clauseContaining("加强疫情监测和常态化预警能力建设，健全", clauses);
    expect(directive).toMatchObject({ level: "central", date: "2023-02-16" });
    const echoes = matches.filter((m) => m.centralId === directive.id).map((m) => ({ ...m, by: clauseById.get(m.echoId)! }));
    const by = (speaker: string) => echoes.find((e) => e.by.speaker === speaker);
    expect(by("马兴瑞")).toMatchObject({ lagDays: 0, by: { province: "新疆" } });
    expect(by("马兴瑞")!.sharedPhrases.join()).toContain("疫情监测和常态化预警能力建设");
    expect(by("赵一德")).toMatchObject({ by: { province: "陕西" } });
    expect(by("赵一德")!.sharedPhrases).toEqual(expect.arrayContaining(["监测体系和信息报告制度"]));
    expect(by("赵一德")!.sharedPhrases.join()).toContain("及时准确作出预警");
    expect(by("郑栅洁")).toMatchObject({ by: { province: "安徽" } });
  });

  it("finds 江苏 echoing the four-party responsibility of 17 March 2022 the same day", () => {
    const directive = clauseContaining("压实属地、部门、单位、个人四方责任", clauses);
    const echo = matches.find((m) => m.centralId === directive.id && clauseById.get(m.echoId)!.province === "江苏");
    expect(echo).toMatchObject({ lagDays: 0, sharedPhrases: ["四方责任"] });
  });

  it("finds no echo between unrelated clauses of the same articles: every echo found is one labelled as such", () => {
    const labelledEchoes = new Set(
      pairs.filter((p) => p.label === "echo").map((p) => `${clauseContaining(p.central, clauses).id}:${clauseContaining(p.echo, clauses).id}`),
    );
    for (const m of matches) {
      expect(labelledEchoes, `${clauseById.get(m.echoId)!.text} ← ${clauseById.get(m.centralId)!.text}`).toContain(`${m.centralId}:${m.echoId}`);
    }
  });

  it("keeps clause offsets into the raw article text", async () => {
    const { readFileSync } = await import("node:fs");
    const c = clauseContaining("持续加强疫情监测和常态化预警能力建设", clauses);
    expect(readFileSync(c.file, "utf8").slice(c.start, c.end)).toContain("持续加强疫情监测和常态化预警能力建设");
  });

  it("keeps the held-out pairs (seeds plus the tagger's fixture articles) naming one clause each, both labels present", () => {
    const withFixtures = clausesOfFiles([...listArticleFiles(path.resolve("data/articles")), ...unseen.fixtureArticles]);
    const result = evaluateLabels(unseen.pairs as LabelledPair[], withFixtures, detectEchoes(withFixtures));
    expect(result.truePositives + result.falseNegatives).toBeGreaterThan(0);
    expect(result.trueNegatives + result.falsePositives).toBeGreaterThan(0);
  });
});
