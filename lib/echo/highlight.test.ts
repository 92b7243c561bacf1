import { describe, expect, it } from "vitest";
import { sharedSegments } from "./highlight";

describe("sharedSegments", () => {
  it("marks a shared span where it stands", () => {
    const text = "要压实属地、部门、单位、个人四方责任，落实早发现。";
    const start = text.indexOf("个人四方责任");
    expect(sharedSegments(text, [{ start, end: start + 6 }])).toEqual([
      { text: "要压实属地、部门、单位、", match: false },
      { text: "个人四方责任", match: true },
      { text: "，落实早发现。", match: false },
    ]);
  });

  it("leaves a statement without spans whole, and spans past its end are cut", () => {
    expect(sharedSegments("做好应急值班值守。", [])).toEqual([{ text: "做好应急值班值守。", match: false }]);
    expect(sharedSegments("做好应急值班值守。", [{ start: 4, end: 99 }]).map((s) => s.text)).toEqual(["做好应急", "值班值守。"]);
  });
});
