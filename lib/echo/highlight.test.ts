import { describe, expect, it } from "vitest";
import { sharedSegments } from "./highlight";

describe("sharedSegments", () => {
  it("marks a shared phrase in either clause", () => {
    expect(sharedSegments("要压实属地、部门、单位、个人四方责任，落实早发现。", ["个人四方责任"])).toEqual([
      { text: "要压实属地、部门、单位、", match: false },
      { text: "个人四方责任", match: true },
      { text: "，落实早发现。", match: false },
    ]);
    expect(sharedSegments("要聚焦“四方责任”落实不严", ["四方责任"]).filter((s) => s.match)).toEqual([{ text: "四方责任", match: true }]);
  });

  it("marks every occurrence and leaves a clause without the phrase whole", () => {
    const segments = sharedSegments("健全监测体系，健全监测体系和制度", ["健全监测体系"]);
    expect(segments.filter((s) => s.match).map((s) => s.text)).toEqual(["健全监测体系", "健全监测体系"]);
    expect(sharedSegments("做好应急值班值守。", ["四方责任"])).toEqual([{ text: "做好应急值班值守。", match: false }]);
    expect(segments.map((s) => s.text).join("")).toBe("健全监测体系，健全监测体系和制度");
  });
});
