import { describe, expect, it } from "vitest";
import { largestValue, parseMapMode, perArticle, regionMeasures } from "./map-measure";

const regions = [
  { name: "河南", code: "henan", statements: 7 },
  { name: "江苏", code: "jiangsu", statements: 0 },
  { name: "西藏", code: "xizang", statements: 0 },
  { name: "北京", code: "beijing", statements: 2 },
];
// 河南: two papers carried one of its two stories.
const articles = { henan: { articles: 3, stories: 2 }, jiangsu: { articles: 1, stories: 1 } };

describe("regionMeasures", () => {
  it("counts tell a region without articles from one whose articles hold no matching statement", () => {
    const m = regionMeasures(regions, articles, "count");
    expect(m["河南"]).toEqual({ state: "counted", value: 7, statements: 7, articles: 3, stories: 2 });
    expect(m["江苏"].state).toBe("no-match");
    expect(m["西藏"].state).toBe("no-articles");
    // Its statement is dated in the period, its article is not: the count still stands.
    expect(m["北京"]).toEqual({ state: "counted", value: 2, statements: 2, articles: 0, stories: 0 });
  });

  it("coverage colours the articles loaded, every paper's", () => {
    const m = regionMeasures(regions, articles, "coverage");
    expect([m["河南"].value, m["江苏"].value, m["西藏"].state, m["北京"].state]).toEqual([3, 1, "no-articles", "no-articles"]);
  });

  it("per article divides the count (each story once) by the stories, not by the papers, and never by zero", () => {
    const m = regionMeasures(regions, articles, "per-article");
    expect(m["河南"].value).toBe(3.5);
    expect(m["江苏"].state).toBe("no-match");
    expect(m["北京"]).toMatchObject({ state: "no-articles", value: null });
    expect(largestValue(m)).toBe(3.5);
  });

  it("has nothing to divide by where the region's articles are all reprints of stories counted elsewhere", () => {
    const m = regionMeasures([regions[0]], { henan: { articles: 1, stories: 0 } }, "per-article");
    expect(m["河南"]).toMatchObject({ state: "no-match", value: null });
  });

  it("rounds a ratio to the two decimals shown", () => {
    expect(perArticle(2, 3)).toBe(0.67);
  });

  it("has a scale even when nothing is counted", () => {
    expect(largestValue(regionMeasures([regions[2]], {}, "count"))).toBe(1);
  });
});

describe("parseMapMode", () => {
  it("reads counts by default and refuses an unknown mode by name", () => {
    expect(parseMapMode(null)).toEqual({ ok: true, mode: "count" });
    expect(parseMapMode("per-article")).toEqual({ ok: true, mode: "per-article" });
    expect(parseMapMode("density")).toEqual({ ok: false, message: "mode: must be one of count, coverage, per-article" });
  });
});
