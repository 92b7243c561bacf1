import { describe, expect, it } from "vitest";
import type { Cite } from "@/lib/tagger/types";
import { detectEchoes, echoWindow, MAX_ECHOES_PER_STATEMENT, type StatementForEcho } from "./detect";

let nextId = 1;
const statement = (level: string, text: string, date: string, more: Partial<StatementForEcho> = {}): StatementForEcho => ({
  id: nextId++,
  articleId: nextId,
  text,
  date,
  datePrecision: "day",
  level,
  cites: [],
  articleLead: "",
  ...more,
});

// The weights come from the statements themselves, so a corpus needs some unrelated ones.
const small = { minScore: 1 };
const background = [
  "要做好生活必需品生产供应，保障好群众就医需求。",
  "要加快疫苗接种，进一步提高接种率，筑牢群防群控防线。",
  "要强化督查问责，对失职失责的严肃问责。",
  "要做好宣传引导，及时回应社会关切。",
  "要加强口岸防控，筑牢外防输入防线。",
  "要统筹好经济社会发展，保障交通物流畅通。",
].map((text, i) => statement(i % 2 ? "central" : "provincial", text, "2022-01-01"));

const meeting = statement("central", "会议强调，将防范化解重大安全风险作为重大政治责任，严格落实安全生产十五条硬措施。要紧紧围绕“防风险、保安全、迎二十大”这条主线。", "2022-07-11", {
  articleLead: "全国安全生产电视电话会议召开",
});

describe("detectEchoes", () => {
  it("finds a province adapting the centre's wording (15条 for 十五条, a slogan with a member swapped), with the shared spans and the lag", () => {
    const echo = statement("provincial", "赵一德强调，要严格落实国务院安委会安全生产15条措施，扎实做好防风险、保安全、护稳定各项工作。", "2022-09-01");
    const { links } = detectEchoes([...background, meeting, echo], { ...small, windowDays: 90 });
    const link = links.find((l) => l.localId === echo.id)!;
    expect(link).toMatchObject({ centralId: meeting.id, kind: "echo", lagDays: 52 });
    // The package read as 15条措施 on both sides joins the slogan a few words on into one shared span.
    const span = link.spans.find((s) => s.text.includes("防风险、保安全"))!;
    expect(span.text).toBe("安全生产15条措施，扎实做好防风险、保安全");
    expect(echo.text.slice(span.start, span.end)).toBe(span.text);
    expect(meeting.text.slice(span.centralStart, span.centralEnd)).toBe("安全生产十五条硬措施。要紧紧围绕“防风险、保安全");
  });

  it("links a statement that names the meeting to every statement of it, as a cite, even where it also repeats its words", () => {
    const second = statement("central", "会议要求，要开展安全生产大检查“回头看”。", "2022-07-11", { articleId: meeting.articleId, articleLead: meeting.articleLead });
    const cite: Cite = { event: "全国安全生产电视电话会议", speaker: null, kind: "meeting", date: null, text: "认真贯彻全国安全生产电视电话会议精神" };
    const local = statement("municipal", "会后，市长主持召开全市会议，认真贯彻全国安全生产电视电话会议精神，严格落实安全生产十五条硬措施。", "2022-07-12", { cites: [cite] });
    const { links, cited } = detectEchoes([...background, meeting, second, local], small);
    const mine = links.filter((l) => l.localId === local.id);
    expect(mine.map((l) => [l.centralId, l.kind]).sort()).toEqual([
      [meeting.id, "cites"],
      [second.id, "cites"],
    ]);
    expect(cited).toContainEqual(expect.objectContaining({ localId: local.id, eventDate: "2022-07-11", lagDays: 1 }));
  });

  it("links a cite of a meeting to each of its directives once, however many copies of the report are loaded", () => {
    // A long article of the same report over and over linked every cite to every copy: quadratic in its size.
    const copies = Array.from({ length: 3 }, () => ({ ...meeting, id: nextId++ }));
    const cite: Cite = { event: "全国安全生产电视电话会议", speaker: null, kind: "meeting", date: null, text: "认真贯彻全国安全生产电视电话会议精神" };
    const local = statement("municipal", "会后，市长主持召开全市会议，认真贯彻全国安全生产电视电话会议精神。", "2022-07-12", { cites: [cite] });
    const { links, cited } = detectEchoes([...background, meeting, ...copies, local], small);
    expect(links.filter((l) => l.localId === local.id).map((l) => [l.centralId, l.kind])).toEqual([[meeting.id, "cites"]]);
    expect(cited.find((c) => c.localId === local.id)?.centralIds).toEqual([meeting.id]);
  });

  it("keeps a cited event that no loaded statement tells of, linked to nothing", () => {
    const cite: Cite = { event: "中央农村工作会议", speaker: null, kind: "meeting", date: null, text: "传达学习中央农村工作会议精神" };
    const local = statement("provincial", "省委常委会传达学习中央农村工作会议精神。", "2022-12-26", { cites: [cite] });
    const { links, cited } = detectEchoes([...background, meeting, local]);
    expect(links.filter((l) => l.localId === local.id)).toEqual([]);
    expect(cited).toContainEqual(expect.objectContaining({ localId: local.id, name: "中央农村工作会议", centralIds: [], eventDate: null }));
  });

  it("links a leader's instruction cited without a date to the nearest one before it, not an older one", () => {
    const older = statement("central", "习近平对银川烧烤店燃气爆炸事故作出重要指示，要求全面排查风险。", "2023-06-21");
    const newer = statement("central", "习近平对防汛救灾工作作出重要指示，强调全力搜救失联被困人员。", "2023-08-01");
    const cite: Cite = { event: "习近平总书记", speaker: "习近平", kind: "instruction", date: null, text: "坚决贯彻落实习近平总书记重要指示精神" };
    const local = statement("provincial", "他强调，要坚决贯彻落实习近平总书记重要指示精神，落细落实各项防范处置措施。", "2023-08-06", { cites: [cite] });
    const { links } = detectEchoes([...background, older, newer, local]);
    expect(links.filter((l) => l.localId === local.id).map((l) => l.centralId)).toEqual([newer.id]);
  });

  it("links 按照总理批示要求 to the instruction of whoever was premier that day", () => {
    const instruction = statement("central", "李克强作出批示指出，各地区各有关部门要深刻汲取事故教训。", "2022-09-20");
    const cite: Cite = { event: "总理", speaker: null, kind: "instruction", date: null, text: "按照总理批示要求" };
    const local = statement("municipal", "按照总理批示要求，全面开展燃气安全排查整治。", "2022-09-23", { cites: [cite] });
    const posts = [{ name: "李克强", office: "国务院总理", start: "2013-03-15", end: "2023-03-11" }];
    expect(detectEchoes([...background, instruction, local], { centralLeaders: posts }).links).toContainEqual(expect.objectContaining({ centralId: instruction.id, localId: local.id, kind: "cites", lagDays: 3 }));
    expect(detectEchoes([...background, instruction, local]).links.filter((l) => l.localId === local.id)).toEqual([]);
  });

  it("links 认真贯彻全国、全省会议精神 to the national meeting its article named before it", () => {
    const national = statement("central", "会议强调，要坚决防范遏制重特大事故发生。", "2022-09-23", { articleLead: "全国安全生产电视电话会议召开" });
    const opening = statement("municipal", "9月23日，我市在分会场收听收看全国安全生产电视电话会议。", "2022-09-23");
    const local = statement("municipal", "会议要求，认真贯彻全国、全省会议精神，全力抓好我市安全生产工作。", "2022-09-23", { articleId: opening.articleId });
    const { links } = detectEchoes([...background, national, opening, local]);
    expect(links).toContainEqual(expect.objectContaining({ centralId: national.id, localId: local.id, kind: "cites" }));
  });

  it("takes a short phrase two other articles wrote before the centre for stock wording, not an echo", () => {
    const central = statement("central", "会议要求，要排查燃气管线老化隐患，压实企业主体责任。", "2022-09-23");
    const local = statement("municipal", "各区县要排查燃气管线老化风险，守住安全底线。", "2022-09-30");
    const earlier = ["各地排查燃气管线老化。", "排查燃气管线老化，强化检查。"].map((text) => statement("provincial", text, "2021-03-01"));
    const pair = [...background, central, local];
    expect(detectEchoes(pair, small).links).toContainEqual(expect.objectContaining({ centralId: central.id, localId: local.id, kind: "echo" }));
    expect(detectEchoes([...pair, ...earlier], small).links.filter((l) => l.localId === local.id)).toEqual([]);
  });

  it("finds no echo before the central statement, nor after its window", () => {
    const before = statement("provincial", "要严格落实安全生产十五条硬措施，紧紧围绕防风险、保安全、迎二十大。", "2022-07-01");
    const late = statement("provincial", "要严格落实安全生产十五条硬措施，紧紧围绕防风险、保安全、迎二十大。", "2022-12-01");
    const { links } = detectEchoes([...background, meeting, before, late], { ...small, windowDays: 60 });
    expect(links).toEqual([]);
  });

  it("takes a central statement reprinted the same day (a syndicated copy) as one: echoed once, under its first statement", () => {
    const reprint = { ...meeting, id: 9_999, articleId: 9_999 };
    const echo = statement("provincial", "要严格落实安全生产十五条硬措施，紧紧围绕防风险、保安全、迎二十大。", "2022-07-15");
    const { links } = detectEchoes([...background, meeting, reprint, echo], small);
    expect(links.map((l) => [l.centralId, l.localId])).toEqual([[meeting.id, echo.id]]);
  });

  it(`keeps at most ${MAX_ECHOES_PER_STATEMENT} echoes a statement, the nearest first among equals`, () => {
    const issues = Array.from({ length: MAX_ECHOES_PER_STATEMENT + 3 }, (_, i) => statement("central", meeting.text, `2022-07-${String(10 + i).padStart(2, "0")}`));
    const echo = statement("provincial", "要严格落实安全生产十五条硬措施，紧紧围绕防风险、保安全、迎二十大。", "2022-07-30");
    const { links } = detectEchoes([...background, ...issues, echo], { minScore: 0.1, maxDocumentShare: 1 });
    expect(links.map((l) => l.lagDays).sort((a, b) => a! - b!)).toEqual(Array.from({ length: MAX_ECHOES_PER_STATEMENT }, (_, i) => 8 + i));
  });
});

describe("echoWindow", () => {
  it("runs the window days after a date to the day, and a month either side of a date to the month", () => {
    expect(echoWindow("2023-02-16", "day", 90)).toEqual({ from: "2023-02-16", to: "2023-05-17" });
    expect(echoWindow("2023-02-16", "month", 90)).toEqual({ from: "2023-01-16", to: "2023-06-17" });
    expect(echoWindow("2023-02-16", "approx", 90)).toEqual({ from: "2023-01-16", to: "2023-05-17" });
  });
});
