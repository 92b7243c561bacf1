import { describe, expect, it } from "vitest";
import { directiveSegments, highlightSegments } from "./highlight";

describe("highlightSegments", () => {
  it("marks every occurrence of every term, merging overlaps", () => {
    expect(highlightSegments("加强监测，做好监测预警", ["监测", "测预警"])).toEqual([
      { text: "加强", match: false },
      { text: "监测", match: true },
      { text: "，做好", match: false },
      { text: "监测预警", match: true },
    ]);
  });

  it("ignores case and leaves text without terms whole", () => {
    expect(highlightSegments("Omicron 变异株", ["OMICRON"])).toEqual([
      { text: "Omicron", match: true },
      { text: " 变异株", match: false },
    ]);
    expect(highlightSegments("没有", [])).toEqual([{ text: "没有", match: false }]);
  });
});

describe("directiveSegments", () => {
  it("splits text at the directive clauses and marks search terms inside and outside them", () => {
    const text = "王凯指出，要做好监测预警。会议强调预警。";
    const runs = directiveSegments(text, [{ start: 5, end: 13 }], ["预警"]);
    expect(runs.map((r) => [r.directive, r.segments.map((s) => (s.match ? `[${s.text}]` : s.text)).join("")])).toEqual([
      [false, "王凯指出，"],
      [true, "要做好监测[预警]。"],
      [false, "会议强调[预警]。"],
    ]);
    expect(runs.flatMap((r) => r.segments.map((s) => s.text)).join("")).toBe(text);
  });
});
