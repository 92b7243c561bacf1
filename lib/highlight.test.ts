import { describe, expect, it } from "vitest";
import { highlightSegments } from "./highlight";

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
