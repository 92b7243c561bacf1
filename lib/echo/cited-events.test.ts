import { describe, expect, it } from "vitest";
import { canonicalName, citeName, citesOwnArticle, eventMatches, namedEvents, type CentralEvent } from "./cited-events";

const event = (text: string, day = 0): CentralEvent => ({ statementIds: [1], articleId: 1, day, text, wording: canonicalName(text) });

describe("namedEvents", () => {
  it("names the meeting a statement carries out, its body in the short form", () => {
    expect(namedEvents("要认真学习贯彻习近平总书记在中央政治局常务委员会会议上的重要讲话精神").map((n) => n.name)).toEqual(["中央政治局常委会会议"]);
    expect(namedEvents("深刻领会中央经济工作会议精神")).toMatchObject([{ name: "中央经济工作会议", named: "meeting" }]);
  });

  it("names a package of measures by its count", () => {
    expect(namedEvents("都要按照二十条优化措施实施")).toMatchObject([{ name: "20条", named: "document" }]);
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

  it("reads 就贯彻落实好会议精神 as carrying out the meeting its article has just reported", () => {
    expect(citesOwnArticle("就贯彻落实好会议精神，全力抓好我市安全生产工作")).toBe(true);
    expect(citesOwnArticle("全力抓好我市安全生产工作")).toBe(false);
  });
});
