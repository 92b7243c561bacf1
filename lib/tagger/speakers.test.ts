import { describe, expect, it } from "vitest";
import { knowledgeWith, testLeaders } from "./fixtures/knowledge";
import { lookupFor } from "./lookup";
import { attributeSpeaker, buildRegistry, describeOffice, findMentions, isPlausibleName } from "./speakers";

const lookup = lookupFor(knowledgeWith(testLeaders));
const noLeaders = lookupFor(knowledgeWith([]));

function speakersIn(text: string, l = lookup) {
  const registry = buildRegistry([text], l);
  return findMentions(text, l, registry).map((m) => [m.kind, m.name, m.office?.office ?? null]);
}

describe("findMentions", () => {
  it("reads a name before a central title, and the title alone for its one holder: “……”李克强总理强调, 总理说", () => {
    const text = "“各地要全力做好防汛救灾工作。”李克强总理在7月8日的国务院常务会议上强调。“南北方已全面进入主汛期。”总理说。";
    const registry = buildRegistry([text], noLeaders);
    const spans = attributeSpeaker(text, noLeaders, registry).map((s) => [text.slice(s.start, s.start + 4), s.mention?.name ?? null]);
    expect(spans).toEqual([["“各地要", "李克强"], ["“南北方", "李克强"]]);
    // Two holders of a title: 副总理 alone names neither.
    const two = "韩正副总理指出，要加强监测。孙春兰副总理强调，要做好救治。副总理说，要压实责任。";
    expect(findMentions(two, noLeaders, buildRegistry([two], noLeaders)).map((m) => m.name)).toEqual(["韩正", "孙春兰"]);
  });

  it("reads a long title chain before the name and keeps the principal post", () => {
    expect(speakersIn("省委书记、省人大常委会主任、省疫情防控指挥部总指挥陈求发出席会议并讲话。", noLeaders)).toEqual([
      ["person", "陈求发", "省委书记"],
    ]);
    expect(speakersIn("2月3日，省委副书记、省长、省疫情防控指挥部总指挥唐一军到大连市，调研指导疫情防控工作。", noLeaders)).toEqual([
      ["person", "唐一军", "省长"],
    ]);
    expect(speakersIn("11月17日，省委常委、市委书记安伟主持召开我市疫情防控工作调度会议。", noLeaders)).toEqual([
      ["person", "安伟", "市委书记"],
    ]);
  });

  it("strips the region from the office and remembers it", () => {
    const registry = buildRegistry(["新疆自治区党委书记马兴瑞指出，持续加强疫情监测。"], noLeaders);
    const [m] = findMentions("新疆自治区党委书记马兴瑞指出，持续加强疫情监测。", noLeaders, registry);
    expect(m.office).toMatchObject({ office: "自治区党委书记", region: "新疆" });
    const [sh] = findMentions("上海市委书记陈吉宁指出，把加强监测预警摆在关键位置。", noLeaders, registry);
    expect(sh.office).toMatchObject({ office: "市委书记", region: "上海", city: null });
  });

  it("reads central offices and experts", () => {
    expect(speakersIn("国家卫健委新闻发言人米锋介绍，当前全球疫情仍在流行。", noLeaders)).toEqual([
      ["person", "米锋", "国家卫健委新闻发言人"],
    ]);
    expect(speakersIn("中国疾控中心传防处研究员常昭瑞介绍，目前我国在新冠病毒变异株监测中。", noLeaders)).toEqual([
      ["person", "常昭瑞", "中国疾控中心传防处研究员"],
    ]);
    expect(describeOffice("国家卫健委新闻发言人", noLeaders).central).toBe(true);
  });

  it("takes a two-character name when the verb follows it: 安伟主持, 许勤表示", () => {
    expect(speakersIn("黑龙江省委书记许勤表示，做好统筹调配和应急储备。", noLeaders)).toEqual([["person", "许勤", "省委书记"]]);
  });

  it("finds bare names of known leaders and of officials titled earlier in the article", () => {
    const text = "会议以视频方式召开，市委副书记、市长周斌在分会场收听收看。周斌强调，要扎实做好流调溯源。";
    expect(speakersIn(text, noLeaders).map((m) => m[1])).toEqual(["周斌", "周斌"]);
    expect(speakersIn("楼阳生指出，要坚定不移坚持人民至上。")).toEqual([["person", "楼阳生", null]]);
  });

  it("attributes 会议指出 to the meeting and 他强调 to a pronoun", () => {
    expect(speakersIn("会议指出，近期全国本土聚集性疫情呈现点多、面广、频发的特点。")).toEqual([["meeting", "会议", null]]);
    expect(speakersIn("他强调，疫情防控正值紧要关头。")).toEqual([["pronoun", null, null]]);
  });

  it("does not take listed, qualified or possessive names as speakers", () => {
    expect(speakersIn("孙守刚、江凌、曲孝丽、王战营、陈星、安伟、宋争辉出席会议。", noLeaders)).toEqual([]);
    expect(speakersIn("市委常委、市人大常委会主任王荣，市政协主席陈红红等在市分会场收听收看。", noLeaders)).toEqual([]);
    expect(speakersIn("面对当前这场大战、大考，习近平的部署步步深化。")).toEqual([]);
    expect(speakersIn("深入贯彻习近平总书记关于疫情防控的重要指示精神。")).toEqual([]);
  });

  it("does not take the leader whose speech is relayed (X传达了省委书记Y的讲话) for a speaker", () => {
    const text = "市委书记李俊明主持会议。会上，李俊明传达了省委书记骆惠宁在省人代会上的重要讲话精神。";
    expect(speakersIn(text).map((m) => m[1])).toEqual(["李俊明", "李俊明"]);
  });

  it("opens a meeting's statement where a body convenes it (当天晚间，省委常委会召开扩大会议)", () => {
    const text = "李强总理等中央领导作出批示。这充分体现了党中央的关心关爱。当天晚间，省委常委会召开扩大会议，传达重要指示精神。";
    const registry = buildRegistry([text], lookup);
    const spans = attributeSpeaker(text, lookup, registry).map((s) => [text.slice(s.start, s.start + 4), s.mention?.name ?? null]);
    expect(spans).toEqual([["李强总理", "李强"], ["当天晚间", "会议"]]);
    // A person who convenes is the speaker, not the body.
    expect(speakersIn("7月25日下午，市长张伟文主持召开市政府常务会议。").map((m) => m[1])).toEqual(["张伟文"]);
  });

  it("gives leaders named together (省委书记X、省长Y高度重视) to the first named", () => {
    expect(speakersIn("省委书记尤权、省长于伟国高度重视防御台风工作。").map((m) => m[1])).toEqual(["尤权"]);
    expect(speakersIn("上海市委书记李强，市委副书记、市长应勇实地调研长江生态环境保护工作。").map((m) => m[1])).toEqual(["李强"]);
    // Listed among others after a verb, nobody speaks: 出席的有省委书记X、省长Y.
    expect(speakersIn("出席会议的有省委书记尤权、省长于伟国。")).toEqual([]);
  });

  it("takes the chair of 会议由…主持 as the speaker", () => {
    expect(speakersIn("会议由省委副书记、省长马兴瑞主持。", noLeaders)).toEqual([["person", "马兴瑞", "省长"]]);
  });

  it("reads minority names with a middle dot", () => {
    expect(speakersIn("自治区主席艾尔肯·吐尼亚孜在乌鲁木齐调研时强调，要做好核酸检测。", noLeaders)).toEqual([
      ["person", "艾尔肯·吐尼亚孜", "自治区主席"],
    ]);
  });

  it("reads a colleague named by given name and title (树山副市长强调) as the titled person of the article", () => {
    const text = "天津市安委会常务副主任、副市长何树山专门听取巡查工作汇报。树山副市长强调，开展安全生产巡查是推动责任落实的重要举措。";
    const names = findMentions(text, noLeaders, buildRegistry([text], noLeaders)).map((m) => m.name);
    expect(names).toEqual(["何树山", "何树山"]);
  });

  it("accepts an untitled unknown name only as the word right before a speech verb", () => {
    expect(speakersIn("张文宏表示，奥密克戎传播快。", noLeaders)).toEqual([["person", "张文宏", null]]);
    expect(speakersIn("赵刚指出，年终岁尾是安全生产事故易发多发期。", noLeaders)).toEqual([["person", "赵刚", null]]);
    expect(speakersIn("明确要求各地落实“四早”。", noLeaders)).toEqual([]);
    expect(speakersIn("严格要求各地落实“四早”。", noLeaders)).toEqual([]);
  });

  it("never takes a place, an office or a group for a person", () => {
    expect(isPlausibleName("大连", noLeaders)).toBe(false);
    expect(isPlausibleName("郑州", noLeaders)).toBe(false);
    expect(isPlausibleName("会议", noLeaders)).toBe(false);
    expect(isPlausibleName("各地", noLeaders)).toBe(false);
    expect(isPlausibleName("陈吉宁", noLeaders)).toBe(true);
    expect(speakersIn("郑州要求，全面落实“四个口袋”。", noLeaders)).toEqual([]);
    expect(speakersIn("全省强调，要严防疫情外溢。", noLeaders)).toEqual([]);
  });
});

describe("attributeSpeaker", () => {
  it("spans each statement from one attribution to the next, starting at its sentence", () => {
    const text = "本报讯 11月17日，省委专题会议召开。省委书记楼阳生主持会议并讲话，省长王凯作具体部署。";
    const spans = attributeSpeaker(text, lookup, buildRegistry([text], lookup));
    expect(spans.map((s) => [text.slice(s.start, s.end), s.mention?.name ?? null])).toEqual([
      ["本报讯 11月17日，省委专题会议召开。", null],
      ["省委书记楼阳生主持会议并讲话，", "楼阳生"],
      ["省长王凯作具体部署。", "王凯"],
    ]);
  });

  it("gives a quote to the speaker named right after it", () => {
    const text = "会议指出，要压实责任。“疫情防控没有捷径。必须严防死守。”省委书记楼阳生说。";
    const spans = attributeSpeaker(text, lookup, buildRegistry([text], lookup));
    expect(spans.map((s) => [text.slice(s.start, s.end), s.mention?.name ?? null])).toEqual([
      ["会议指出，要压实责任。", "会议"],
      ["“疫情防控没有捷径。必须严防死守。”省委书记楼阳生说。", "楼阳生"],
    ]);
  });

  it("starts a statement at the sentence that introduces it: 在认真听取…后，许昆林指出", () => {
    const text = "在认真听取常州、南京疫情处置工作情况汇报后，许昆林指出，当前全省疫情仍呈现点多、面广态势。";
    const spans = attributeSpeaker(text, lookup, buildRegistry([text], lookup));
    expect(spans).toHaveLength(1);
    expect(spans[0]).toMatchObject({ start: 0, end: text.length, mention: { name: "许昆林" } });
  });
});
