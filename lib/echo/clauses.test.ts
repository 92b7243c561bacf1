import { describe, expect, it } from "vitest";
import { normalizeText } from "@/lib/tagger/normalize";
import { cleanToRawOffsets, directiveBody, directiveBodySpans, directiveClauses, directiveKind, statementClauses } from "./clauses";

describe("directiveClauses", () => {
  it("splits a statement into its 要 clauses and drops the sentences that direct nothing", () => {
    const text = "会议指出，近期全国本土聚集性疫情呈现点多、面广、频发的特点。要压实属地、部门、单位、个人四方责任，落实早发现、早报告、早隔离、早治疗要求。要加强疫苗接种科普宣传，推进加强免疫接种。";
    const clauses = directiveClauses(text);
    expect(clauses.map((c) => c.text)).toEqual([
      "要压实属地、部门、单位、个人四方责任，落实早发现、早报告、早隔离、早治疗要求。",
      "要加强疫苗接种科普宣传，推进加强免疫接种。",
    ]);
    for (const c of clauses) expect(text.slice(c.start, c.end)).toBe(c.text);
  });

  it("cuts enumerated points, also one opened by a dash after a colon", () => {
    const text = "这些“重要环节”包括：——要全面增强收治能力；要严格落实早发现、早报告、早隔离、早治疗措施，加强社区防控，降低感染率；";
    const clauses = directiveClauses(text);
    expect(clauses[0]).toMatchObject({ text: "——要全面增强收治能力；", kind: "enumerated" });
    expect(clauses[1].text.startsWith("要严格落实早发现")).toBe(true);
    expect(directiveClauses("一是防控措施要进一步落实。二是源头防控的力度要进一步加大。").map((c) => c.kind)).toEqual(["enumerated", "enumerated"]);
  });

  it("counts an imperative opening after who said it, but not 要 inside 重要 or 要求", () => {
    expect(directiveKind("新疆自治区党委书记马兴瑞指出，持续加强疫情监测和常态化预警能力建设。")).toBe("imperative");
    expect(directiveKind("对于下一步工作，会议提出要求。")).toBeNull();
    expect(directiveKind("习近平总书记作出重要指示，这次会议十分重要。")).toBeNull();
    expect(directiveKind("陕西省委书记赵一德表示，要健全监测体系和信息报告制度。")).toBe("modal");
  });

  it("strips who said it from the body an echo is compared on", () => {
    expect(directiveBody("上海市委书记陈吉宁指出，要完善疫情应急预案，提升应急处置能力。")).toBe("要完善疫情应急预案，提升应急处置能力。");
  });
});

describe("clause offsets into the raw article", () => {
  it("maps clean characters across page breaks and one-for-one substitutions", () => {
    const raw = "完整、\n\n准确,全面";
    const clean = "完整、准确，全面";
    const map = cleanToRawOffsets(clean, raw);
    expect(raw[map[clean.indexOf("准")]]).toBe("准");
    expect(raw[map[clean.indexOf("，")]]).toBe(",");
    expect(raw[map[clean.indexOf("全")]]).toBe("全");
  });

  it("gives each clause of a broken paragraph the raw span that cleans back to it", () => {
    const raw = "标题\n\n王凯指出,要持续加强防控能力建设,加快谋划实施一批定点医院。要全力做好服务保\n\n障,有效保障群众基本生活。";
    const norm = normalizeText(raw);
    const start = raw.indexOf("王凯");
    const text = norm.text.slice(norm.text.indexOf("王凯")).replace(/\n\n/g, "");
    const clauses = statementClauses({ text, start, end: raw.length }, raw);
    expect(clauses).toHaveLength(2);
    for (const c of clauses) expect(normalizeText(raw.slice(c.start, c.end)).text.replace(/\s/g, "")).toBe(c.text);
    expect(raw.slice(clauses[1].start, clauses[1].end)).toContain("保\n\n障");
  });
});

describe("directiveBodySpans", () => {
  it("marks what was ordered, not who said it", () => {
    const text = "会议指出，当前疫情形势总体平稳。楼阳生指出，要坚定不移坚持人民至上、生命至上。";
    expect(directiveBodySpans(text).map((span) => text.slice(span.start, span.end))).toEqual(["要坚定不移坚持人民至上、生命至上。"]);
  });
});
