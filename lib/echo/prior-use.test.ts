import { describe, expect, it } from "vitest";
import { trigramsOf } from "./align";
import { spansInPriorUse, type PriorStatement } from "./prior-use";
import { wordingOf } from "./wording";

const statement = (articleId: number, text: string, latestDay: number | null): PriorStatement => {
  const wording = wordingOf(text).text;
  return { articleId, text: wording, distinct: new Set(trigramsOf(wording)), latestDay };
};
const query = (text: string, beforeDay: number) => ({ text, keyGram: trigramsOf(text)[0], beforeDay, articleIds: [1, 2] });

describe("spansInPriorUse", () => {
  const corpus = [
    statement(3, "各地要严格落实安全生产责任制，坚决遏制重特大事故。", 10),
    statement(4, "要严格落实安全生产责任，强化隐患排查。", 20),
    statement(5, "要紧紧围绕防风险、保安全、迎二十大这条主线。", 200),
    statement(1, "严格落实国务院安委会十五条硬措施。", 5),
  ];

  it("takes a span two other articles wrote before the central statement for stock wording", () => {
    expect(spansInPriorUse([query("严格落实安全生产", 100)], corpus)).toEqual(new Set([0]));
  });

  it("keeps a span first written after the central statement, or before it only once, or only by the pair's own articles", () => {
    const queries = [query("防风险保安全迎20大", 100), query("严格落实安全生产", 15), query("严格落实国务院", 100)];
    expect(spansInPriorUse(queries, corpus)).toEqual(new Set());
  });

  it("does not count an undated statement as earlier", () => {
    expect(spansInPriorUse([query("严格落实安全生产", 100)], [corpus[0], statement(6, "要严格落实安全生产责任", null)])).toEqual(new Set());
  });
});
