import { describe, expect, it } from "vitest";
import { knowledgeWith } from "./fixtures/knowledge";
import { lookupFor } from "./lookup";
import { matchThemes, storyFields, themePhrases, themesOf, topicsOf } from "./themes";

const knowledge = knowledgeWith([]);
const lookup = lookupFor(knowledge);

/** Themes and topics of each statement of a story, read together as the tagger reads them. */
function story(statements: string[]) {
  const phrases = statements.map((s) => themePhrases(s, knowledge));
  const fields = storyFields(phrases);
  return phrases.map((hits) => {
    const themes = themesOf(hits, fields, knowledge);
    return { themes: themes.map((m) => m.theme), topics: topicsOf(themes, fields, knowledge).topics };
  });
}

describe("matchThemes", () => {
  it("finds surveillance and emergency response in an epidemic directive", () => {
    expect(matchThemes("上海市委书记陈吉宁指出，把加强监测预警和应急响应摆在关键位置，强化疫情形势研判。", lookup)).toEqual([
      "surveillance",
      "emergency-response",
    ]);
  });

  it("finds testing, tracing and livelihoods", () => {
    const themes = matchThemes("要扎实做好流调溯源，加快抗原筛查检测，做好生活必需品生产供应。", lookup);
    expect(themes).toEqual(expect.arrayContaining(["testing", "contact-tracing", "livelihood-supply"]));
  });

  it("returns nothing for a sentence without a theme", () => {
    expect(matchThemes("会议还研究了其他事项。", lookup)).toEqual([]);
  });

  it("reads a production-safety directive as production safety, not contact tracing", () => {
    expect(matchThemes("要全面排查整治各类风险隐患，紧盯危险化学品、矿山、燃气等重点领域，坚决遏制重特大事故发生。", lookup)).toEqual(["production-safety"]);
  });

  it("names the broad epidemic theme only when none of its own themes is found", () => {
    expect(matchThemes("要深刻认识全球疫情仍在流行，疫情防控决不能掉以轻心。", lookup)).toEqual(["epidemic"]);
    expect(matchThemes("要做好疫情防控，扩大核酸检测覆盖面。", lookup)).toEqual(["testing"]);
  });
});

describe("topics of a story", () => {
  it("gives a flood-control meeting CAP 21 and its relief work CAP 15", () => {
    const [assessment, directive, relief] = story([
      "楼阳生指出，当前我省已全面进入主汛期，强降雨过程频繁，防汛形势严峻复杂。",
      "楼阳生强调，要强化监测预警，加强雨情水情汛情研判，及时发布预警信息，盯紧水库、堤防等重点部位。",
      "省长王凯要求，要做好抢险救灾各项准备，妥善安置受灾群众。",
    ]);
    expect(assessment).toEqual({ themes: ["flood-control"], topics: [21] });
    expect(directive.topics).toEqual([21]);
    expect(relief.themes).toContain("disaster-relief");
    expect(relief.topics[0]).toBe(15);
  });

  it("counts the words every field uses only in the field the story is about", () => {
    // 压实 and 排查 are epidemic accountability and tracing words in an epidemic story, safety words here.
    const [, directive] = story(["全省安全生产工作会议召开，部署安全生产工作。", "要压实企业主体责任，全面排查隐患。"]);
    expect(directive).toEqual({ themes: ["production-safety"], topics: [5] });
  });

  it("gives a statement without a theme its story's field", () => {
    const [, attendance] = story(["省委经济工作会议召开，分析经济形势，部署明年经济工作，扩大内需，稳增长。", "省领导王宇燕、宋军继出席会议。"]);
    expect(attendance).toEqual({ themes: [], topics: [1] });
  });

  it("puts party building (CAP 20) first where a statement is about it", () => {
    const [directive] = story(["会议要求，要全面从严治党，持续深化作风建设，驰而不息纠治“四风”。"]);
    expect(directive.topics[0]).toBe(20);
  });
});
