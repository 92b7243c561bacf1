import { describe, expect, it } from "vitest";
import { chineseNumeral, wordingOf } from "./wording";

describe("wordingOf", () => {
  it("reads counted numerals as digits, so 十五条硬措施 meets 15条", () => {
    expect(wordingOf("严格落实安全生产十五条硬措施。").text).toBe("严格落实安全生产15条措施");
    expect(wordingOf("都要按照二十条优化措施实施").text).toContain("20条措施");
    expect(wordingOf("落实第九版防控方案").text).toBe("落实第9版防控方案");
  });

  it("reads a counted package without what qualifies it, as provinces name it (十五条硬措施 ~ 国务院安委会15条措施)", () => {
    const central = wordingOf("严格落实安全生产十五条硬措施");
    const local = wordingOf("持续推进国务院安委会15条措施落地落实");
    expect(central.text).toContain("15条措施");
    expect(local.text).toContain("15条措施");
    expect("严格落实安全生产十五条硬措施"[central.at[central.text.indexOf("措施")]]).toBe("措");
    expect(wordingOf("第十条措施").text).toBe("第10条措施");
  });

  it("leaves words built on numerals alone (统一, 一些, 十分)", () => {
    expect(wordingOf("统一思想，一些地区教训十分深刻。").text).toBe("统一思想一些地区教训十分深刻");
  });

  it("drops punctuation, who says it at the head of a sentence, and the modal 要", () => {
    const w = wordingOf("会议强调，要坚持“防风险、保安全、迎二十大”。赵一德指出，要紧盯重点行业。");
    expect(w.text).toBe("坚持防风险保安全迎20大紧盯重点行业");
    expect(w.quoted[w.text.indexOf("防风险")]).toBe(true);
    expect(w.quoted[w.text.indexOf("紧盯")]).toBe(false);
  });

  it("keeps each character's place in the statement", () => {
    const statement = "会议强调，要压实四方责任。";
    const w = wordingOf(statement);
    expect(statement[w.at[w.text.indexOf("四方")]]).toBe("四");
  });
});

describe("chineseNumeral", () => {
  it("reads tens and hundreds", () => {
    expect(chineseNumeral("十五")).toBe(15);
    expect(chineseNumeral("二十")).toBe(20);
    expect(chineseNumeral("三十三")).toBe(33);
    expect(chineseNumeral("一百零五")).toBe(105);
    expect(chineseNumeral("两")).toBe(2);
    expect(chineseNumeral("条")).toBeNull();
  });
});
