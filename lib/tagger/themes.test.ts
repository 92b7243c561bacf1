import { describe, expect, it } from "vitest";
import { knowledgeWith } from "./fixtures/knowledge";
import { lookupFor } from "./lookup";
import { matchThemes } from "./themes";

const lookup = lookupFor(knowledgeWith([]));

describe("matchThemes", () => {
  it("finds surveillance and emergency response in a provincial directive", () => {
    expect(matchThemes("上海市委书记陈吉宁指出，把加强监测预警和应急响应摆在关键位置。", lookup)).toEqual([
      "surveillance",
      "emergency-response",
    ]);
  });

  it("finds testing, tracing and livelihoods", () => {
    const themes = matchThemes("要扎实做好流调溯源，加快抗原筛查检测，做好生活必需品生产供应。", lookup);
    expect(themes).toEqual(expect.arrayContaining(["testing", "contact-tracing", "livelihood-supply"]));
  });

  it("returns nothing for a sentence without a directive theme", () => {
    expect(matchThemes("会议还研究了其他事项。", lookup)).toEqual([]);
  });
});
