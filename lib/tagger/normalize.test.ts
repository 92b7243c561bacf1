import { describe, expect, it } from "vitest";
import { normalizeText, rawSpan } from "./normalize";

describe("normalizeText", () => {
  it("drops pinyin noise after a character and maps offsets back to the raw text", () => {
    const raw = "發(fā)布時間:2020-02-14 來源:新華網(wǎng)\n習近平發(fā)表重要講話強調";
    const norm = normalizeText(raw);
    expect(norm.text).toBe("发布时间：2020-02-14 来源：新华网\n习近平发表重要讲话强调");
    const at = norm.text.indexOf("习近平发表");
    const [start, end] = rawSpan(norm, at, at + "习近平发表重要讲话强调".length);
    expect(raw.slice(start, end)).toBe("習近平發(fā)表重要講話強調");
  });

  it("collapses doubled and stray punctuation to the last mark", () => {
    const norm = normalizeText("會上,,習近平強調,,要突出重點,、統籌兼顧,。各地,?!");
    expect(norm.text).toBe("会上，习近平强调，要突出重点、统筹兼顾。各地？！");
  });

  it("keeps simplified text as it is, so 显著 does not become 显着", () => {
    const norm = normalizeText("充分彰显了中国共产党领导和我国社会主义制度的显著优势。");
    expect(norm.text).toBe("充分彰显了中国共产党领导和我国社会主义制度的显著优势。");
  });

  it("converts traditional text, reading 著力 as 着力", () => {
    expect(normalizeText("湖北省特別是武漢市要著力解決床位和醫務人員等醫療資源不足問題。").text).toBe(
      "湖北省特别是武汉市要着力解决床位和医务人员等医疗资源不足问题。",
    );
  });

  it("removes markdown images with their captions, bold markers and the replacement character", () => {
    const raw = "![](https://inews.gtimg.com/x/1000)_甘肃省疫情防控工作电视电话会议_\n\n**高层要求**\n\n# 标题\n省委书记胡昌升指出\uFFFD";
    const norm = normalizeText(raw);
    expect(norm.text).toBe("\n\n高层要求\n\n标题\n省委书记胡昌升指出");
    const at = norm.text.indexOf("胡昌升");
    const [start, end] = rawSpan(norm, at, at + 3);
    expect(raw.slice(start, end)).toBe("胡昌升");
  });

  it("unifies full-width letters and digits with ASCII and half-width commas with Chinese ones", () => {
    expect(normalizeText("２０２２年３月，ＰＣＲ检测,48小时").text).toBe("2022年3月，PCR检测，48小时");
  });
});
