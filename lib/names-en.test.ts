import { describe, expect, it } from "vitest";
import officeTitles from "@/data/office-titles.json";
import { officeTitle, personName, romanisedName } from "./names-en";

describe("romanisedName", () => {
  it.each([
    ["楼阳生", "Lou Yangsheng"],
    ["习近平", "Xi Jinping"],
    ["王凯", "Wang Kai"],
    ["欧阳晓晖", "Ouyang Xiaohui"],
    ["曾庆红", "Zeng Qinghong"],
    ["单霁翔", "Shan Jixiang"],
    ["吕世明", "Lü Shiming"],
    ["李克强", "Li Keqiang"],
    ["刘国安", "Liu Guo'an"],
  ])("%s is %s: surname first, the given name one word", (name, expected) => {
    expect(romanisedName(name)).toBe(expected);
  });

  it("writes each part of a name joined with ·", () => {
    expect(romanisedName("艾尔肯·吐尼亚孜")).toBe("Ai'erken Tuniyazi");
  });
});

describe("in the reader's language", () => {
  it("romanises names and translates offices in English only", () => {
    expect(personName("en", "楼阳生")).toBe("Lou Yangsheng");
    expect(personName("zh", "楼阳生")).toBe("楼阳生");
    expect(officeTitle("en", "省委书记")).toBe("Provincial Party Secretary");
    expect(officeTitle("zh", "省委书记")).toBe("省委书记");
  });

  it("leaves an office without an English title in Chinese rather than guessing", () => {
    expect(officeTitle("en", "县委书记")).toBe("县委书记");
  });

  it("has one title per office, each with its source", () => {
    const offices = officeTitles.titles.map((t) => t.zh);
    expect(new Set(offices).size).toBe(offices.length);
    for (const title of officeTitles.titles) {
      expect(title.en.trim(), title.zh).not.toBe("");
      expect(title.source.trim(), title.zh).not.toBe("");
    }
  });
});
