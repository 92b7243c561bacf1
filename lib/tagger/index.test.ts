import { describe, expect, it } from "vitest";
import { statementCovering } from "./fixtures/statement-covering";
import { knowledgeWith, testLeaders } from "./fixtures/knowledge";
import { tagArticle } from "./index";

const knowledge = knowledgeWith(testLeaders);

describe("tagArticle", () => {
  it("reports raw offsets that hold the statement's words, through pinyin noise and traditional script", () => {
    const raw = "發(fā)布時間:2020-02-14 瀏覽量:\n2月12日,,習近平總書記主持中央政治局常委會會議,,分析當前新冠肺炎疫情形勢。\n“當前,,疫情防控工作到了最吃勁的關鍵階段”,,會上,習近平發(fā)表重要講話強調,,要毫不放松做好疫情防控重點工作。";
    const article = tagArticle(raw, knowledge);
    const s = statementCovering(article, raw, "會上,習近平發(fā)表");
    expect(s).toMatchObject({ speaker: "习近平", province: "中央", level: "central", date: "2020-02-12" });
    expect(raw.slice(s.start, s.end)).toContain("習近平發(fā)表重要講話強調");
    expect(s.text).toContain("习近平发表重要讲话强调");
    for (const st of article.statements) expect(raw.slice(st.start, st.end).replace(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔù]+\)/g, "")).toBeTruthy();
  });

  it("keeps site chrome, the date line, the dateline, captions and bylines out of statements", () => {
    const raw = [
      "网站首页 | 新闻中心 | 政务公开 | 互动交流",
      "您当前的位置：首页 > 要闻 > 正文",
      "省委省政府召开会议 部署贯彻落实全国安全生产电视电话会议精神",
      "2023-01-12 09:15:36 来源:贵州日报",
      "本报讯（记者 王坚）1月11日上午，全国安全生产电视电话会议结束后，省委、省政府立即召开会议，部署贯彻落实工作。",
      "▲会议现场",
      "会议强调，各地各部门要层层压紧压实安全生产责任，坚决防范遏制重特大事故发生。（吴书林）",
      "分享到：",
    ].join("\n");
    const article = tagArticle(raw, knowledge);
    expect(article.title).toBe("省委省政府召开会议 部署贯彻落实全国安全生产电视电话会议精神");
    expect(article.date).toBe("2023-01-12");
    for (const quote of ["网站首页", "当前的位置", "省委省政府召开会议 部署", "2023-01-12", "本报讯（记者 王坚）", "▲会议现场", "（吴书林）", "分享到"])
      expect(statementCovering(article, raw, quote), quote).toBeUndefined();
    expect(statementCovering(article, raw, "会议强调，各地各部门")).toMatchObject({ speaker: "会议", date: "2023-01-11", datePrecision: "day" });
  });

  it("places a county's report by the county its headline names short, print controls and all", () => {
    const raw = [
      "凤阳要闻",
      "凤阳收听收看全国、全省安全生产电视电话会议",
      "发布时间：2022-07-12 15:10阅读次数：",
      "打印",
      "7月11日上午，全国、全省安全生产电视电话会议相继召开。县领导在凤阳分会场收听收看。",
      "全国会议指出，要认真贯彻落实习近平总书记关于安全生产重要指示精神。",
      "全省会议强调，要突出燃气、自建房、建筑施工等重点行业领域，全面排查整治安全隐患。",
    ].join("\n");
    const article = tagArticle(raw, knowledge);
    expect(statementCovering(article, raw, "全国会议指出")).toMatchObject({ province: "中央", level: "central" });
    expect(statementCovering(article, raw, "全省会议强调")).toMatchObject({ province: "安徽", level: "provincial", speaker: "会议" });
    // A county's short name that is also a person's (省领导乌兰、…) or a common word is no place.
    const names = tagArticle(["省委理论学习中心组举行集体学习会", "杜家毫主持 许达哲李微微乌兰等参加", "7月13日上午，省委书记杜家毫主持并讲话。"].join("\n"), knowledge);
    expect(names.statements.every((s) => s.province !== "青海")).toBe(true);
  });

  it("carries a story's place and date into its subheaded sections", () => {
    const raw = [
      "发布日期：2014-02-25 08:12:44 信息来源：新京报",
      "中共中央政治局2月24日召开会议，讨论政府工作报告。中共中央总书记习近平主持会议。",
      "2014年",
      "有利条件不利因素并存",
      "会议强调，今年我国发展面临的形势依然错综复杂，要坚持稳中求进工作总基调。",
    ].join("\n");
    const article = tagArticle(raw, knowledge);
    expect(statementCovering(article, raw, "会议强调，今年")).toMatchObject({ province: "中央", level: "central", date: "2014-02-24" });
  });

  it("dates a visit spoken of later (在调研中指出) by the day it was introduced with", () => {
    const raw = [
      "发布时间：2023-02-27",
      "2月16日，中央政治局常委会召开会议，听取近期新冠疫情防控工作情况汇报。",
      "近日，多个省份召开疫情防控工作会议。另外，安徽省委书记郑栅洁2月24日赴省疾病预防控制中心调研疫情防控。",
      "**平战结合**",
      "上海市委书记陈吉宁指出，要完善疫情应急预案，提升应急处置能力。",
      "安徽省委书记郑栅洁在调研中指出，要加快完善平战结合的机制，常态化开展应急演练。",
    ].join("\n");
    const article = tagArticle(raw, knowledge);
    expect(statementCovering(article, raw, "郑栅洁在调研中指出")).toMatchObject({ speaker: "郑栅洁", date: "2023-02-24", datePrecision: "day" });
  });

  it("gives a paragraph opening with a place's body acting (湖北省农业农村厅近日下发…) to that place", () => {
    const raw = [
      "新华社北京9月23日电 国务院安委会9月23日召开全国安全生产电视电话会议。会议要求全力以赴抓好各项安全责任措施落实。",
      "湖北省农业农村厅办公室近日下发《湖北省化肥减量增效工作方案》，要求扎实推进全省化肥减量增效工作。",
    ].join("\n");
    const article = tagArticle(raw, knowledge);
    expect(statementCovering(article, raw, "会议要求全力以赴")).toMatchObject({ province: "中央" });
    expect(statementCovering(article, raw, "湖北省农业农村厅")).toMatchObject({ province: "湖北", level: "provincial" });
  });

  it("reads 今天 in a paper's report as the day of its dateline, not of the issue", () => {
    const raw = ["2014年9月3日 星期三", "把安全发展理念落实到各领域各环节", "本报9月2日讯（记者史瑞丽）今天上午，省安全生产委员会召开全体扩大会议。省长蒋定之主持会议并讲话强调，要坚决贯彻落实党政同责、一岗双责的要求。"].join("\n");
    const article = tagArticle(raw, knowledge);
    expect(article.date).toBe("2014-09-03");
    expect(statementCovering(article, raw, "今天上午，省安全生产委员会")).toMatchObject({ date: "2014-09-02" });
  });

  it("lets the article's words overrule a stale tenure: 省委书记刘宁 in a 河南 paper of 2025 is 河南", () => {
    // The tables as they stood in 2023: 刘宁 still 广西's secretary, with no end.
    const stale = knowledgeWith([{ name: "刘宁", region: "广西", office: "自治区党委书记", start: "2021-06-01", end: null }]);
    const raw = [
      "2025-02-26河南日报",
      "本报讯 2月25日，全省安全生产工作会议在郑州召开。省委书记刘宁作出批示，要求全省各级各部门压紧压实安全生产责任，确保我省安全生产形势持续稳定。",
    ].join("\n");
    const s = statementCovering(tagArticle(raw, stale), raw, "省委书记刘宁作出批示");
    expect(s).toMatchObject({ speaker: "刘宁", province: "河南", date: "2025-02-25" });
    expect(s.evidence[0].detail).toContain("广西");
  });

  it("carries the speaker through a broken paragraph and enumerated points: 一要…二要…", () => {
    const raw = [
      "楼阳生在省委疫情防控工作专题会议上强调 牢牢坚持“三个坚定不移”",
      "",
      "本报讯 11月17日,省委疫情防控工作专题会议召开,落实进一步优化防控工作的二十条措施。省委书记楼阳生主持会议并讲话。",
      "",
      "楼阳生指出,要坚定不移坚持人民至上、生命至上。",
      "",
      "一要统一思想、保持定力。完整、",
      "",
      "准确、全面贯彻党中央决策部署。",
      "",
      "二要当务之急、扑灭疫情。集中力量打好郑州疫情歼灭战。",
    ].join("\n");
    const article = tagArticle(raw, knowledge);
    expect(statementCovering(article, raw, "牢牢坚持“三个坚定不移”")).toBeUndefined();
    for (const quote of ["准确、全面贯彻", "二要当务之急"]) {
      expect(statementCovering(article, raw, quote)).toMatchObject({ speaker: "楼阳生", province: "河南", level: "provincial", date: "2022-11-17" });
    }
    expect(statementCovering(article, raw, "二要当务之急").evidence.map((e) => e.kind)).toContain("carry-over");
  });

  it("gives 他强调 to the last speaker and 会议指出 to the meeting", () => {
    const raw =
      "本报讯 2月3日,省委副书记、省长唐一军到大连市调研。他强调,要聚焦压实责任。\n\n中共中央政治局常务委员会2月3日召开会议。\n\n会议指出,湖北省特别是武汉市仍然是全国疫情防控的重中之重。";
    const article = tagArticle(raw, knowledge);
    expect(statementCovering(article, raw, "他强调")).toMatchObject({ speaker: "唐一军", province: "辽宁" });
    expect(statementCovering(article, raw, "湖北省特别是武汉市")).toMatchObject({ speaker: "会议", province: "中央", level: "central" });
  });

  it("places a 盐城晚报 story chaired by 许昆林 in 江苏, and its mayor at municipal level", () => {
    const raw = [
      "省疫情联防联控指挥部召开会议 把各项防控措施落到细处实处",
      "",
      "许昆林主持 我市设分会场组织收听收看",
      "",
      "盐城晚报讯 3月17日晚,省疫情联防联控指挥部召开会议,按照省委要求,部署从严从紧抓好新冠肺炎疫情防控工作。省长许昆林主持会议并讲话。",
      "",
      "会议以视频方式召开,市委副书记、市长周斌在市分会场收听收看。",
      "",
      "省会结束后,我市随即召开续会。周斌强调,要扎实做好流调溯源。",
    ].join("\n");
    const article = tagArticle(raw, knowledge);
    expect(statementCovering(article, raw, "省长许昆林主持会议")).toMatchObject({ speaker: "许昆林", province: "江苏", level: "provincial" });
    expect(statementCovering(article, raw, "周斌强调")).toMatchObject({ speaker: "周斌", province: "江苏", level: "municipal", city: "盐城" });
  });

  it("places a 我省 story about 沈阳 and 大连 in 辽宁 and attributes 陈向群主持会议 there", () => {
    const raw = [
      "省疫情防控指挥部召开专题视频调度会",
      "",
      "本报讯 记者方亮报道 2月3日,我省召开新型冠状病毒感染的肺炎疫情防控专题视频调度会议。",
      "",
      "要抓紧我省三个集中救治中心建设。沈阳集中救治中心要加快建设,大连、锦州集中救治中心要倒排工期。",
      "",
      "省委常委、副省长陈向群主持会议并作点评。",
    ].join("\n");
    const article = tagArticle(raw, knowledge);
    expect(statementCovering(article, raw, "陈向群主持会议")).toMatchObject({ province: "辽宁", speaker: "陈向群", date: "2020-02-03" });
  });

  it("never makes a place a speaker", () => {
    const raw = "本报讯 3月1日,郑州要求,全面落实“四个口袋”。大连强调,要严防疫情外溢。";
    const article = tagArticle(raw, knowledge);
    expect(article.statements.map((s) => s.speaker)).toEqual(article.statements.map(() => null));
  });

  it("keeps prose that nobody says, for no jurisdiction, on no epidemic theme out of the statements", () => {
    const raw = "秋天到了,公园里的银杏叶黄了,孩子们在草地上放风筝。\n\n省委书记楼阳生强调,要做好疫情监测预警。";
    const article = tagArticle(raw, knowledge);
    expect(article.passages).toHaveLength(2);
    expect(article.statements.map((s) => s.speaker)).toEqual(["楼阳生"]);
    // Unattributed prose on an epidemic theme is still a statement: the story's province may own it.
    expect(tagArticle("要加强疫情监测预警。", knowledge).statements).toHaveLength(1);
  });

  it("cuts a paragraph where its kind changes: an assessment after the instructions, a closing attendance line", () => {
    const raw = [
      "本报讯 7月20日，省防汛抗旱指挥部召开会商调度会议。",
      "会议强调，要压紧压实各级防汛责任，强化监测预警，及时转移受威胁群众。当前全省防汛形势依然严峻复杂。张三、李四、王五出席会议。",
    ].join("\n");
    const article = tagArticle(raw, knowledge);
    expect(statementCovering(article, raw, "会议强调").kind).toBe("directive");
    expect(statementCovering(article, raw, "当前全省防汛形势").kind).toBe("assessment");
    expect(statementCovering(article, raw, "张三、李四").kind).toBe("procedural");
  });

  it("is deterministic", () => {
    const raw = "会议指出,要加强疫情监测。\n\n习近平强调,要抓实抓细。";
    expect(JSON.stringify(tagArticle(raw, knowledge))).toBe(JSON.stringify(tagArticle(raw, knowledge)));
  });
});
