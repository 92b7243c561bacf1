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
});
