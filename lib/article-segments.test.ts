import { describe, expect, it } from "vitest";
import { articleSegments } from "./article-segments";

describe("articleSegments", () => {
  const content = "标题\n\n楼阳生指出,要压实责任。会议通报情况。王凯强调,要保供稳价。";

  it("alternates plain text and statements and loses no character", () => {
    const a = content.indexOf("楼阳生");
    const b = content.indexOf("王凯");
    const segments = articleSegments(content, [
      { id: 2, start: b, end: content.length },
      { id: 1, start: a, end: content.indexOf("会议") },
    ]);
    expect(segments.map((s) => s.kind)).toEqual(["plain", "statement", "plain", "statement"]);
    expect(segments[1]).toEqual({ kind: "statement", text: "楼阳生指出,要压实责任。", statementId: 1 });
    expect(segments.map((s) => s.text).join("")).toBe(content);
  });

  it("cuts an overlapping statement and ignores spans outside the text", () => {
    const segments = articleSegments("一二三四五六", [
      { id: 1, start: 0, end: 4 },
      { id: 2, start: 2, end: 6 },
      { id: 3, start: 10, end: 12 },
    ]);
    expect(segments).toEqual([
      { kind: "statement", text: "一二三四", statementId: 1 },
      { kind: "statement", text: "五六", statementId: 2 },
    ]);
  });
});
