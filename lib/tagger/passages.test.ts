import { describe, expect, it } from "vitest";
import { normalizeText } from "./normalize";
import { splitPassages } from "./passages";

function passagesOf(raw: string) {
  return splitPassages(normalizeText(raw), raw).passages;
}

describe("splitPassages", () => {
  it("joins a paragraph the source broke mid-sentence", () => {
    const raw = "会议指出,要压实四方责任,加强对疫情重点地区的防控指导,快速控制\n\n局部聚集性疫情。\n\n会议强调,要保持群众正常生产生活平稳有序。";
    const ps = passagesOf(raw);
    expect(ps.map((p) => p.text)).toEqual([
      "会议指出，要压实四方责任，加强对疫情重点地区的防控指导，快速控制局部聚集性疫情。",
      "会议强调，要保持群众正常生产生活平稳有序。",
    ]);
  });

  it("joins a line cut after one character of a word", () => {
    const raw = "陈求发在讲话中指出,要抓好医用口罩等重要紧缺医疗物资的生产。医\n\n物物资的生产、调配要做到统一组织。";
    expect(passagesOf(raw)).toHaveLength(1);
  });

  it("tells headlines, datelines, bylines and a new story apart", () => {
    const raw = [
      "会议还研究了其他事项。",
      "",
      "省疫情联防联控指挥部召开会议 把各项防控措施落到细处实处",
      "",
      "许昆林主持 我市设分会场组织收听收看",
      "",
      "盐城晚报讯 3月17日晚,省疫情联防联控指挥部召开会议。省长许昆林主持会议并讲话。",
      "",
      "记者 吕正龙",
    ].join("\n");
    const ps = passagesOf(raw);
    expect(ps.map((p) => [p.kind, p.story, p.dateline])).toEqual([
      ["body", 0, false],
      ["headline", 1, false],
      ["headline", 1, false],
      ["body", 1, true],
      ["byline", 1, false],
    ]);
  });

  it("reads a markdown bold line and a quoted line inside a story as section headings", () => {
    const raw = "# 省级党委书记密集作专题部署\n\n近日，多个省份召开会议。\n\n**高层要求**\n\n会议指出，要加强监测。\n\n“始终坚持人民至上”\n\n习近平强调，要抓实抓细。";
    const ps = passagesOf(raw);
    expect(ps.map((p) => p.kind)).toEqual(["headline", "body", "section", "body", "section", "body"]);
    expect(new Set(ps.map((p) => p.story)).size).toBe(1);
  });

  it("reads a short line with a colon as a headline, not as a broken paragraph", () => {
    const raw = "会议还研究了其他事项。\n\n李希：坚决打赢疫情防控阻击战\n\n本报讯 2月10日，省委召开会议。";
    expect(passagesOf(raw).map((p) => [p.kind, p.story])).toEqual([
      ["body", 0],
      ["headline", 1],
      ["body", 1],
    ]);
  });

  it("classifies copyright notices and publication lines as non-content", () => {
    const raw = "發布時間:2020-02-14 瀏覽量: 來源:新華網\n**【版权声明】本文著作权归政知新媒体独家所有，未经授权，不得转载。**";
    expect(passagesOf(raw).map((p) => p.kind)).toEqual(["meta", "byline"]);
  });
});
