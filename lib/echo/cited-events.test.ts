import { describe, expect, it } from "vitest";
import { canonicalName, citeName, eventMatches, leaderActs, leaderByTitle, meetingReference, namedEvents, resolveCite, type CentralEvent } from "./cited-events";

const event = (text: string, day = 0): CentralEvent => ({ statementIds: [1], articleId: 1, day, text, wording: canonicalName(text) });

describe("namedEvents", () => {
  it("names the meeting a statement carries out, its body in the short form", () => {
    expect(namedEvents("要认真学习贯彻习近平总书记在中央政治局常务委员会会议上的重要讲话精神").map((n) => n.name)).toEqual(["中央政治局常委会会议"]);
    expect(namedEvents("深刻领会中央经济工作会议精神")).toMatchObject([{ name: "中央经济工作会议", named: "meeting" }]);
  });

  it("names a package of measures by its count, the centre's and not the province's", () => {
    expect(namedEvents("都要按照二十条优化措施实施")).toMatchObject([{ name: "20条", named: "document" }]);
    expect(namedEvents("落实国家15条、省22条、市50条安全生产硬措施").map((n) => n.name)).toEqual(["15条"]);
    expect(namedEvents("要充分认识国家“新十条”的重大意义").map((n) => n.name)).toEqual(["10条"]);
    expect(namedEvents("依照本条例第十条的规定")).toEqual([]);
  });

  it("reads a meeting's short form as its full name, and the date written before it", () => {
    expect(namedEvents("认真落实国常会部署")).toMatchObject([{ name: "国务院常务会议", named: "meeting" }]);
    expect(namedEvents("深入学习习近平总书记在11月10日中央政治局常务委员会会议上的重要讲话")).toMatchObject([{ name: "中央政治局常委会会议", monthDay: { month: 11, day: 10 } }]);
    expect(namedEvents("传达了全国和自治区有关森林防灭火工作会议精神").map((n) => n.name)).toEqual(["全国森林防灭火工作会议"]);
  });

  it("names a meeting held by any central body (data/central-bodies.json), not a province's", () => {
    expect(namedEvents("认真落实应急管理部安全生产工作会议部署")).toMatchObject([{ name: "应急管理部安全生产工作会议", named: "meeting" }]);
    expect(namedEvents("传达国家防总防汛抗旱会商会精神")).toMatchObject([{ name: "国家防总防汛抗旱会商会", named: "meeting" }]);
    expect(namedEvents("认真落实省应急管理厅工作会议部署")).toEqual([]);
  });

  it("names no event in the general formulas", () => {
    expect(namedEvents("认真落实党中央、国务院决策部署")).toEqual([]);
  });
});

describe("eventMatches", () => {
  const politburo = event("新华社北京11月10日电 中共中央政治局常务委员会11月10日召开会议，听取新冠肺炎疫情防控工作汇报，研究部署进一步优化防控工作的二十条措施。");

  it("finds a meeting by its body, wherever 会议 follows", () => {
    expect(eventMatches(politburo, { name: "中央政治局常委会会议", named: "meeting", leader: null, kind: "meeting" })).toBe(true);
    expect(eventMatches(politburo, { name: "中央经济工作会议", named: "meeting", leader: null, kind: "meeting" })).toBe(false);
  });

  it("finds a national meeting the State Council convened by either name (全国稳住经济大盘 ~ 国务院稳住经济大盘)", () => {
    const convened = event("5月25日，国务院召开全国稳住经济大盘电视电话会议。");
    expect(eventMatches(convened, { name: canonicalName("国务院稳住经济大盘电视电话会议"), named: "meeting", leader: null, kind: "meeting" })).toBe(true);
    expect(eventMatches(convened, { name: canonicalName("国务院安全生产电视电话会议"), named: "meeting", leader: null, kind: "meeting" })).toBe(false);
  });

  it("gives a document to the event that issued it, not to one that only mentions it", () => {
    expect(eventMatches(politburo, { name: "20条", named: "document", leader: null, kind: "document" })).toBe(true);
    const mentions = event("会议强调，严格落实安全生产十五条硬措施。");
    expect(eventMatches(mentions, { name: "15条", named: "document", leader: null, kind: "document" })).toBe(false);
  });

  it("finds a leader's instruction where the leader gives it", () => {
    const instruction = event("事故发生后，习近平高度重视并作出重要指示。");
    const cite = citeName({ event: "习近平总书记", speaker: "习近平", kind: "instruction", date: null, text: "深入学习贯彻习近平总书记重要指示精神" })!;
    expect(eventMatches(instruction, cite)).toBe(true);
    expect(eventMatches(event("会议要求认真学习贯彻习近平总书记重要指示精神。"), cite)).toBe(false);
  });
});

describe("citeName and citesOwnArticle", () => {
  it("takes 关于…的重要论述 for a body of thought, not an event", () => {
    expect(citeName({ event: "习近平总书记关于安全生产的", speaker: "习近平", kind: "speech", date: null, text: "深入贯彻落实习近平总书记关于安全生产的重要论述" })).toBeNull();
  });

  it("reads 就贯彻落实好会议精神 and 全国、全省会议精神 as carrying out a meeting the article has reported", () => {
    expect(meetingReference("就贯彻落实好会议精神，全力抓好我市安全生产工作")).toBe("贯彻落实好会议精神");
    expect(meetingReference("认真贯彻全国、全省会议精神")).toBe("贯彻全国、全省会议精神");
    expect(meetingReference("把学习贯彻这次大会精神作为重要政治任务")).toBe("学习贯彻这次大会精神");
    expect(meetingReference("全力抓好我市安全生产工作")).toBeNull();
  });
});

describe("leaderByTitle and leaderActs", () => {
  const posts = [
    { name: "李克强", office: "国务院总理", start: "2013-03-15", end: "2023-03-11" },
    { name: "李强", office: "国务院总理", start: "2023-03-11", end: null },
    { name: "张国清", office: "国务院副总理", start: "2023-03-12", end: null },
    { name: "丁薛祥", office: "国务院副总理", start: "2023-03-12", end: null },
  ];

  it("makes 总理 the premier of the day, and a vice-premier only when named", () => {
    expect(leaderByTitle("按照总理批示要求", "2022-09-23", posts)).toBe("李克强");
    expect(leaderByTitle("按照总理批示要求", "2023-08-01", posts)).toBe("李强");
    expect(leaderByTitle("贯彻落实张国清副总理在我省指导抗洪抢险救灾时讲话", "2023-08-06", posts)).toBe("张国清");
    expect(leaderByTitle("落实副总理讲话要求", "2023-08-06", posts)).toBeNull();
  });

  it("finds the leader's act a statement carries out where the tagger found no cite", () => {
    expect(leaderActs("切实把思想和行动统一到总书记的重要讲话精神上来")).toEqual([{ text: "统一到总书记的重要讲话", kind: "speech" }]);
    expect(leaderActs("深入学习贯彻习近平总书记关于防汛救灾工作的重要论述和重要指示精神")).toMatchObject([{ kind: "instruction" }]);
    expect(leaderActs("贯彻落实习近平总书记关于安全生产的重要论述和来陕考察重要讲话")).toEqual([]);
  });

  it("reads a leader's act the statement opens on as its subject, and an act named with its occasion", () => {
    expect(leaderActs("会议指出，习近平总书记的重要讲话，高屋建瓴、内涵丰富")).toMatchObject([{ kind: "speech" }]);
    expect(leaderActs("深入学习贯彻习近平总书记对内蒙古阿拉善左旗新井煤业有限公司露天煤矿坍塌事故作出的重要指示精神")).toMatchObject([{ kind: "instruction" }]);
    expect(leaderActs("会议指出，在以习近平同志为核心的党中央坚强领导下，各项工作取得新成效")).toEqual([]);
  });
});

describe("resolveCite", () => {
  const cite = { name: null, named: null, leader: "习近平", kind: "instruction" as const };
  const report = (day: number, relayed = false): CentralEvent => ({ ...event("习近平对防汛救灾工作作出重要指示。", day), relayed });

  it("takes the centre's own report of an act over a province relaying it days later", () => {
    const own = report(100);
    expect(resolveCite(cite, null, 50, 110, [own, report(104, true)])).toEqual([own]);
  });

  it("reads a written date that finds nothing as unwritten", () => {
    const own = report(100);
    expect(resolveCite(cite, 100 - 365, 50, 110, [own])).toEqual([own]);
  });
});
