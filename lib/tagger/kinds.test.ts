import { describe, expect, it } from "vitest";
import { knowledgeWith } from "./fixtures/knowledge";
import { statementKind } from "./kinds";

const vocabulary = knowledgeWith([]).kinds;
const said = { headline: false };
const kindOf = (text: string, context = said) => statementKind(text, context, vocabulary);

describe("statementKind", () => {
  it("reads 强调，要… and 要求… as directives", () => {
    expect(kindOf("马兴瑞指出，要深刻认识全球疫情仍在流行、病毒还在不断变异，疫情防控决不能掉以轻心。")).toMatchObject({ kind: "directive", words: ["指出", "要"] });
    expect(kindOf("景俊海要求，加大对重点场所和重点部位监测力度，切实织密多渠道、多方式监测网络。").kind).toBe("directive");
    expect(kindOf("许勤表示，做好统筹调配和应急储备，持续强化医疗物资保障能力。")).toMatchObject({ kind: "directive", words: ["表示", "做好"] });
  });

  it("reads an evaluation as an assessment, even when instructions follow", () => {
    expect(kindOf("会议指出，当前全国疫情防控形势总体向好，平稳进入常态化防控阶段。")).toMatchObject({ kind: "assessment", rule: "evaluation" });
    expect(kindOf("会议指出，近期全国本土聚集性疫情呈现点多、面广、频发的特点。要压实属地、部门、单位、个人四方责任。").kind).toBe("assessment");
    expect(kindOf("习近平强调，做好疫情防控工作，直接关系到人民生命安全和身体健康。")).toMatchObject({ kind: "assessment", words: ["强调", "关系到"] });
  });

  it("reads an instructing verb that frames before it instructs as a directive: 强调，…事关全局。要…", () => {
    const framed = "安全生产事关人民群众生命财产安全，当前形势依然严峻。要压实各方责任。";
    expect(kindOf(`韩俊强调，${framed}`)).toMatchObject({ kind: "directive", rule: "later-instruction", words: ["强调", "事关", "要"] });
    expect(kindOf(`韩俊指出，${framed}`).kind).toBe("assessment");
    expect(kindOf("韩俊强调，安全生产事关人民群众生命财产安全。").kind).toBe("assessment");
  });

  it("reads presiding, attending and inspecting as procedural", () => {
    expect(kindOf("中共中央总书记习近平主持会议并发表重要讲话。")).toMatchObject({ kind: "procedural", rule: "procedure" });
    expect(kindOf("省及大连市领导谭作钧、卢柯参加调研。").kind).toBe("procedural");
    expect(kindOf("孙守刚、江凌、曲孝丽、王战营、陈星、安伟、宋争辉出席会议。").kind).toBe("procedural");
    expect(kindOf("近日，新疆自治区召开疫情防控工作电视电话会议，自治区党委书记马兴瑞安排部署全国两会前后疫情防控重点工作。").kind).toBe("procedural");
  });

  it("reads a meeting that presides and instructs as a directive", () => {
    expect(kindOf("11月17日，省委常委、市委书记安伟主持召开我市疫情防控工作调度会议，强调要坚决贯彻落实党中央决策部署。").kind).toBe("directive");
  });

  it("reads enumerated points as directives", () => {
    expect(kindOf("二要当务之急、扑灭疫情。重点地区要咬定目标、集中力量。").kind).toBe("directive");
  });

  it("makes no directive of a headline", () => {
    expect(kindOf("以坚决果断态度更严更细更实更快举措 全力以赴打好疫情防控歼灭战", { headline: true })).toMatchObject({ kind: "procedural", rule: "headline" });
  });

  it("reads 要紧盯, 要紧紧围绕 as 要 and an instruction, 要紧的 as no modal", () => {
    expect(kindOf("赵一德强调，要紧盯重点行业开展大整治，持续开展安全生产专项整治三年行动。")).toMatchObject({ kind: "directive", words: ["强调", "要"] });
    expect(kindOf("冯健身强调，全省各级政协组织要紧密联系实际，认认真真把习总书记重要讲话精神落实到工作实践中。").kind).toBe("directive");
    expect(kindOf("他说，最要紧的是稳住就业。").kind).toBe("assessment");
  });

  it("reads a commanding verb as the instruction itself, and 批示要求 as a noun", () => {
    expect(kindOf("会议号召，全省广大党员干部坚定信心、迎难而上。")).toMatchObject({ kind: "directive", words: ["号召"] });
    expect(kindOf("会议强调指出，加强安全生产监管，压实企业主体责任。")).toMatchObject({ kind: "directive", words: ["强调", "加强"] });
    expect(kindOf("会议要求，党中央正式成立应对疫情工作领导小组，在中央政治局常务委员会领导下开展工作。")).toMatchObject({ kind: "directive", words: ["要求"] });
    expect(kindOf("会议要求认真学习贯彻习近平总书记重要指示精神，按照李克强总理批示要求，全力以赴抓好各项安全责任措施落实。").kind).toBe("directive");
    expect(kindOf("会议传达学习习近平总书记关于防汛救灾工作的重要指示精神和李强总理批示要求，审议通过《吉林省洪涝灾害灾后恢复重建工作方案》。")).toMatchObject({ kind: "procedural", rule: "procedure" });
    expect(kindOf("按照省委要求，全市上下迅速行动，连夜开展餐饮场所燃气安全排查整治行动。").kind).toBe("assessment");
    expect(kindOf("会上，黄润秋深刻阐述了习近平生态文明思想，并就做好湖南生态环境保护工作提出要求和建议。").kind).not.toBe("directive");
  });

  it("reads a speech act named without its content as procedural", () => {
    expect(kindOf("省委副书记、省长蓝佛安作具体要求，")).toMatchObject({ kind: "procedural", words: ["作具体要求"] });
    expect(kindOf("国务院联防联控机制工作组组长严俊提出指导意见。").kind).toBe("procedural");
    expect(kindOf("中共中央政治局常委、国务院总理李克强作出重要批示。").kind).toBe("procedural");
    expect(kindOf("习近平作出重要指示，要求全力做好伤员救治，加强重点行业重点领域安全监管。").kind).toBe("directive");
  });

  it("reads speaking at, watching and attending a meeting as procedural, but not a spokesman's words", () => {
    expect(kindOf("省政府党组成员、副省长结合分管联系工作发言。").kind).toBe("procedural");
    expect(kindOf("我县组织收看全省森林防火电视电话会议。").kind).toBe("procedural");
    expect(kindOf("省委组织部换届选举指导组组长陈绍波和指导组成员到会指导。").kind).toBe("procedural");
    expect(kindOf("习近平登上观景塔，俯瞰园区全貌。").kind).toBe("procedural");
    expect(kindOf("唐一军详细询问患者救治、医院防控等情况。").kind).toBe("procedural");
    expect(kindOf("会前，与会人员观看了警示教育片。").kind).toBe("procedural");
    expect(kindOf("会议宣读了表彰决定。").kind).toBe("procedural");
    expect(kindOf("国家卫健委新闻发言人米锋介绍，当前，全球疫情仍在流行，病毒还在不断变异。").kind).toBe("assessment");
  });

  it("reads a modal in an attributive clause, a slogan or a stance as no instruction", () => {
    expect(kindOf("会议指出，习近平总书记的重要讲话全面总结了十八大以来取得的历史性成就，明确提出加强生态文明建设必须坚持的重要原则。").kind).toBe("assessment");
    expect(kindOf("王东明在讲话中说，坚决拥护、完全服从中央决定。")).toMatchObject({ kind: "assessment", rule: "evaluation" });
    expect(kindOf("与此同时，也要看到全省安全生产形势依然不容乐观：道路交通安全和消防安全问题比较突出。").kind).toBe("assessment");
    expect(kindOf("他说，清水河是宁夏汇入黄河的最大一级支流，确保“一河清水”入黄至关重要。")).toMatchObject({ kind: "assessment", words: ["说", "至关重要"] });
  });

  it("reads a pledge and the 将-construction as directives, a date or a forecast not", () => {
    expect(kindOf("会议强调，将防范化解重大安全风险作为重大政治责任，严格落实安全生产十五条硬措施。")).toMatchObject({ kind: "directive", words: ["强调", "将"] });
    expect(kindOf("据庄悦群介绍，茂名将巩固农业“千亿级”产业地位，着力推动特色产业全链发展。").kind).toBe("directive");
    expect(kindOf("他表示，新修订的条例将于7月1日起施行。").kind).not.toBe("directive");
    expect(kindOf("他介绍，今年全省粮食产量将达到700亿斤。").kind).not.toBe("directive");
  });

  it("reads what a narrating verb passes on, and a main clause after the scene a procedure sets", () => {
    expect(kindOf("广东省应急管理厅介绍，当日，省应急管理厅厅长王再华主持召开全省防台风工作视频会议，进一步研判台风发展态势。").kind).toBe("procedural");
    expect(kindOf("听取我省防汛抗旱工作情况汇报后，鄂竟平对我省去年防汛抗旱和今年备汛工作给予充分肯定。").kind).toBe("assessment");
    expect(kindOf("李克强在听取辽宁省委书记王珉、省长陈政高汇报后指出，前一阶段我国东北黑龙江、松花江等流域发生较大洪水。").kind).toBe("assessment");
    expect(kindOf("杨国宗指出，今年是党的二十大召开之年，也是贯彻落实省、州党代会部署要求的开局之年。").kind).toBe("assessment");
  });

  it("reads a modal before a procedural word, and a point under a short heading, as directives", () => {
    expect(kindOf("全市上下要深入学习贯彻习近平总书记重要讲话精神，扎实做好防灾减灾救灾各项工作。").kind).toBe("directive");
    expect(kindOf("要以贯彻落实习近平总书记视察江苏时的重要讲话精神为根本遵循和强大动力。").kind).toBe("directive");
    expect(kindOf("避：做好蓄滞洪区运用准备，完善人员撤避预案，及时转移受威胁群众。").kind).toBe("directive");
  });
});
