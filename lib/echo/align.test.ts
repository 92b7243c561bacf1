import { describe, expect, it } from "vitest";
import { positionsOf, sharedSpans, trigramsOf } from "./align";
import { wordingOf } from "./wording";

const spansOf = (local: string, central: string, weight: (g: string) => number = () => 1) => {
  const l = wordingOf(local).text;
  const c = wordingOf(central).text;
  return sharedSpans(trigramsOf(l), positionsOf(trigramsOf(c)), weight).map((s) => ({ ...s, text: l.slice(s.localFrom, s.localTo) }));
};

describe("sharedSpans", () => {
  it("joins a slogan with a member inserted into one span (防风险、除隐患、保安全 ~ 防风险、保安全)", () => {
    const [span] = spansOf("结合“防风险、除隐患、保安全、迎盛会”大检查", "紧紧围绕“防风险、保安全、迎二十大”这条主线");
    expect(span.text).toBe("防风险除隐患保安全迎");
    expect(span.shared).toBe(7);
  });

  it("weighs a span by the rarity of what it shares, so stock wording adds nothing", () => {
    const stock = new Set(["人民至", "民至上"]);
    const [span] = spansOf("坚持人民至上", "必须坚持人民至上", (g) => (stock.has(g) ? 0 : 1));
    expect(span.weight).toBe(2);
  });

  it("finds nothing between statements that share no three characters in a row", () => {
    expect(spansOf("血的教训引以为鉴", "汲取此次事故的沉痛教训")).toEqual([]);
  });
});
