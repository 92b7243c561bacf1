import { describe, expect, it } from "vitest";
import { loadKnowledge } from "@/lib/knowledge";
import { inferYear } from "./dates";
import { lookupFor } from "./lookup";
import { yearConstraints } from "./year-cues";

const lookup = lookupFor(loadKnowledge());
const labels = (text: string, monthDay = "07-01") => yearConstraints(text, lookup, monthDay).map((options) => options.map((c) => `${c.label}:${c.from.slice(0, 4)}`));

describe("year cues", () => {
  it("counts an anniversary from its event, in digits or Chinese numerals", () => {
    expect(inferYear("5月6日，考核巡查组来到浙江。以优异成绩迎接新中国成立70周年。", lookup)).toBe(2019);
    expect(inferYear("6月28日，省委召开会议，隆重庆祝中国共产党成立一百周年。", lookup)).toBe(2021);
    expect(inferYear("12月18日，全市干部群众纪念改革开放四十周年。", lookup)).toBe(2018);
    expect(labels("迎接建党的95周年")).toContainEqual(["建党的95周年:2016"]);
  });

  it("reads a plan's first or last year, and leaves a plan named alone to the era terms", () => {
    expect(inferYear("1月4日，会议指出，今年是“十二五”规划目标任务的全面完成之年。", lookup)).toBe(2015);
    expect(inferYear("2月1日，会议指出，今年是“十四五”开局之年。", lookup)).toBe(2021);
    expect(labels("研究“十三五”工作").flat().some((l) => l.includes("之年"))).toBe(false);
  });

  it("takes each plenum of a written list", () => {
    const found = labels("深入贯彻党的十八大、十八届三中、四中全会精神").flat();
    expect(found).toEqual(expect.arrayContaining(["十八届三中全会:2013", "十八届四中全会:2014"]));
  });

  it("dates a December meeting that plans next year's work (部署2021年经济工作) in the year before", () => {
    expect(inferYear("中央经济工作会议12月16日至18日在北京举行。会议总结2020年经济工作，分析当前经济形势，部署2021年经济工作。", lookup)).toBe(2020);
    // The same words in July plan that year's second half.
    expect(labels("7月30日召开会议，部署2021年下半年经济工作。")).toContainEqual(["2021年:2021", "2021年 reviewed:2022"]);
  });

  it("takes a year that opens a sentence of results as reviewed: the next year when 去年 names it or the events are early", () => {
    const review = "2018年，浙江省安全生产形势持续稳定向好。去年是历年来事故总量降幅最大的一年。";
    expect(labels(review, "05-06")).toContainEqual(["2018年 reviewed:2019", "2018年:2018"]);
    expect(inferYear(`5月6日，考核巡查组来到浙江。${review}`, lookup)).toBe(2019);
    expect(inferYear("2月13日，广东召开省委农村工作会议。2022年，深汕合作区经济总量增长5%。", lookup)).toBe(2023);
    // A plan for the year, or results read in the summer without 去年: the year itself.
    expect(inferYear("2月13日，会议强调，2022年要抓好春耕生产。", lookup)).toBe(2022);
    expect(inferYear("8月13日，会议指出，2022年全市经济实现增长。", lookup)).toBe(2022);
  });

  it("reads a title written after a name: 李克强总理 was premier from 2013, 习近平总书记 general secretary from late 2012", () => {
    const found = labels("李克强总理在7月8日的国务院常务会议上强调，贯彻落实习近平总书记重要指示精神。").flat();
    expect(found.filter((l) => l.startsWith("李克强总理"))).toEqual(["李克强总理 中央国务院总理:2013"]);
    expect(found.filter((l) => l.startsWith("习近平总书记"))).toEqual(["习近平总书记 中央中共中央总书记:2012"]);
    expect(inferYear("李克强总理在7月8日的国务院常务会议上强调，贯彻落实习近平总书记重要指示精神。", lookup)).not.toBe(2012);
  });
});
