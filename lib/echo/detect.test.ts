import { describe, expect, it } from "vitest";
import { detectEchoes, MAX_ECHOES_PER_CLAUSE, type ClauseForEcho } from "./detect";

// A small corpus: the weights come from the clauses themselves, so it needs a few unrelated ones.
const background: ClauseForEcho[] = [
  "要做好生活必需品生产供应，保障好群众就医需求。",
  "要加快疫苗接种，进一步提高接种率，筑牢群防群控防线。",
  "要强化督查问责，对失职失责的严肃问责。",
  "要做好宣传引导，及时回应社会关切。",
  "要加强口岸防控，筑牢外防输入防线。",
  "要统筹好疫情防控和经济社会发展，保障交通物流畅通。",
].map((text, i) => ({ id: 100 + i, text, date: "2022-01-01", level: i % 2 ? "central" : "provincial" }));

const central = (id: number, text: string, date = "2023-02-16"): ClauseForEcho => ({ id, text, date, level: "central" });
const provincial = (id: number, text: string, date = "2023-02-16"): ClauseForEcho => ({ id, text, date, level: "provincial" });

const directive = central(1, "要加强疫情监测和常态化预警能力建设，健全疫情监测体系和信息报告制度，及时准确作出预警。");

describe("detectEchoes", () => {
  it("finds a clause that repeats a central directive's phrasing, with the shared phrases and the lag", () => {
    const echo = provincial(2, "陕西省委书记赵一德表示，要健全监测体系和信息报告制度，着力提升系统覆盖度，及时准确作出预警。", "2023-02-20");
    const [match] = detectEchoes([...background, directive, echo]);
    expect(match).toMatchObject({ centralId: 1, echoId: 2, lagDays: 4 });
    expect(match.sharedPhrases).toContain("监测体系和信息报告制度");
    expect(match.sharedPhrases).toContain("及时准确作出预警");
  });

  it("takes a directive reprinted the same day (a syndicated copy) as one: echoed once, under its first clause", () => {
    const echo = provincial(3, "要健全监测体系和信息报告制度，及时准确作出预警。", "2023-02-20");
    const reprint = { ...directive, id: 9 };
    const matches = detectEchoes([...background, reprint, directive, echo]);
    expect(matches.map((m) => [m.centralId, m.echoId])).toEqual([[1, 3]]);
  });

  it(`keeps at most ${MAX_ECHOES_PER_CLAUSE} echoes a clause, the nearest first among equals`, () => {
    const issues = Array.from({ length: MAX_ECHOES_PER_CLAUSE + 3 }, (_, i) => central(10 + i, directive.text, `2023-02-${String(10 + i).padStart(2, "0")}`));
    const echo = provincial(3, "要健全监测体系和信息报告制度，及时准确作出预警。", "2023-02-20");
    const matches = detectEchoes([...background, ...issues, echo]);
    expect(matches.map((m) => m.lagDays).sort((a, b) => a - b)).toEqual([3, 4, 5, 6, 7]);
  });

  it("gives nothing for stock formulas shared by every statement", () => {
    const loyal = central(1, "要坚决贯彻落实习近平总书记重要指示精神，坚决打赢疫情防控阻击战。");
    const alsoLoyal = provincial(2, "省委书记指出，要坚决贯彻落实习近平总书记重要指示精神，坚决打赢疫情防控阻击战，确保平稳。");
    expect(detectEchoes([...background, loyal, alsoLoyal])).toEqual([]);
  });

  it("needs more than one shared word, unless the echo quotes a coined term", () => {
    const fourParty = central(1, "要压实属地、部门、单位、个人四方责任，落实早发现、早报告要求，从严从实开展防控工作。");
    const sharesAWord = provincial(2, "要聚焦四方责任落实不严等突出问题，抓紧制定整改方案，立行立改。");
    const quotes = provincial(3, "要聚焦“四方责任”落实不严等突出问题，抓紧制定整改方案，立行立改。");
    expect(detectEchoes([...background, fourParty, sharesAWord]).map((m) => m.echoId)).toEqual([]);
    expect(detectEchoes([...background, fourParty, quotes]).map((m) => m.echoId)).toEqual([3]);
  });

  it("looks only back in time, within the window", () => {
    const same = "持续加强疫情监测和常态化预警能力建设，健全疫情监测体系和信息报告制度。";
    const before = provincial(2, same, "2023-02-15");
    const late = provincial(3, same, "2023-04-20");
    const inTime = provincial(4, same, "2023-04-10");
    const found = detectEchoes([...background, directive, before, late, inTime]).map((m) => m.echoId);
    expect(found).toEqual([4]);
    expect(detectEchoes([...background, directive, late], { windowDays: 90 }).map((m) => m.echoId)).toEqual([3]);
  });

  it("never makes a central clause echo another, nor an undated one echo anything", () => {
    const copy = central(2, directive.text, "2023-02-20");
    const undated = { ...provincial(3, directive.text), date: null };
    expect(detectEchoes([...background, directive, copy, undated])).toEqual([]);
  });
});
