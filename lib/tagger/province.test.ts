import { describe, expect, it } from "vitest";
import { knowledgeWith, testLeaders } from "./fixtures/knowledge";
import { lookupFor } from "./lookup";
import { inferStoryContext, levelIn, provinceOfPerson } from "./province";
import { describeOffice } from "./speakers";

const lookup = lookupFor(knowledgeWith(testLeaders));

describe("provinceOfPerson", () => {
  it("takes the region written in the office first", () => {
    const d = provinceOfPerson("景俊海", describeOffice("吉林省委书记", lookup), "2023-02-20", lookup);
    expect(d).toMatchObject({ province: "吉林", level: "provincial", office: "省委书记", evidence: [{ kind: "office", detail: "吉林省委书记" }] });
  });

  it("reads a city in the office as its province, at municipal level", () => {
    const d = provinceOfPerson("安伟", describeOffice("郑州市委书记", lookup), null, lookup);
    expect(d).toMatchObject({ province: "河南", city: "郑州", level: "municipal", evidence: [{ kind: "city" }] });
  });

  it("keeps 上海市委书记 at provincial level", () => {
    expect(provinceOfPerson("陈吉宁", describeOffice("上海市委书记", lookup), null, lookup)).toMatchObject({
      province: "上海",
      level: "provincial",
    });
    expect(levelIn("北京", "municipal", lookup)).toBe("provincial");
  });

  it("places a central body's official at the centre", () => {
    expect(provinceOfPerson("米锋", describeOffice("国家卫健委新闻发言人", lookup), null, lookup)).toMatchObject({
      province: "中央",
      level: "central",
    });
  });

  it("matches the tenure to the title: 省长郑栅洁 in 2022 is no longer 浙江's governor and not 安徽's either", () => {
    expect(provinceOfPerson("郑栅洁", describeOffice("省长", lookup), "2021-08-05", lookup)?.province).toBe("浙江");
    expect(provinceOfPerson("郑栅洁", describeOffice("省委书记", lookup), "2022-08-05", lookup)?.province).toBe("安徽");
    expect(provinceOfPerson("郑栅洁", describeOffice("省长", lookup), "2022-08-05", lookup)).toBeNull();
  });

  it("follows 楼阳生 from 山西 in 2020 to 河南 in 2022", () => {
    const office = describeOffice("省委书记", lookup);
    expect(provinceOfPerson("楼阳生", office, "2020-02-10", lookup)?.province).toBe("山西");
    expect(provinceOfPerson("楼阳生", office, "2022-11-17", lookup)).toMatchObject({
      province: "河南",
      evidence: [{ kind: "tenure" }],
    });
  });

  it("leaves an unknown official without a title region undecided", () => {
    expect(provinceOfPerson("周斌", describeOffice("市长", lookup), "2022-03-17", lookup)).toBeNull();
  });
});

describe("inferStoryContext", () => {
  it("reads 我省 with 沈阳, 大连 and 锦州 as 辽宁", () => {
    const text = "本报讯 2月3日，我省召开疫情防控专题视频调度会议。要抓紧我省三个集中救治中心建设。沈阳集中救治中心要加快建设。大连、锦州集中救治中心要倒排工期。";
    expect(inferStoryContext({ text, lead: "本报讯 2月3日", masthead: "", site: "", opening: "", speakers: [], centralConvened: false }, lookup).province).toBe("辽宁");
  });

  it("reads a 盐城晚报 story with 许昆林 as 江苏", () => {
    const text = "盐城晚报讯 3月17日晚，省疫情联防联控指挥部召开会议。省长许昆林主持会议并讲话。";
    const speaker = provinceOfPerson("许昆林", describeOffice("省长", lookup), "2022-03-17", lookup);
    const ctx = inferStoryContext({ text, lead: "盐城晚报讯 3月17日晚", masthead: "", site: "", opening: "", speakers: speaker ? [speaker] : [], centralConvened: false }, lookup);
    expect(ctx).toMatchObject({ province: "江苏", city: "盐城" });
    // Without the leader data the newspaper alone still places it.
    expect(inferStoryContext({ text, lead: "盐城晚报讯 3月17日晚", masthead: "", site: "", opening: "", speakers: [], centralConvened: false }, lookup).province).toBe("江苏");
  });

  it("places a city's own report by the site that publishes it (主办单位：常州市水利局)", () => {
    const text = "8月25日，市委常委会召开会议，研究部署全市防汛抗旱工作。会议强调，全市上下要树牢底线思维。";
    const story = { text, lead: "", masthead: "", opening: "8月25日，市委常委会召开会议，研究部署全市防汛抗旱工作。", speakers: [], centralConvened: false };
    expect(inferStoryContext({ ...story, site: "" }, lookup).province).toBeNull();
    expect(inferStoryContext({ ...story, site: "主办单位:常州市水利局" }, lookup)).toMatchObject({ province: "江苏", city: "常州", level: "municipal" });
  });

  it("does not place a city's response by the place of the accident it answers", () => {
    const text = "6月21日20时40分许，宁夏银川兴庆区一烧烤店发生燃气爆炸事故。6月22日下午，揭阳市召开安全防范工作紧急会议，要求全市深刻汲取宁夏银川燃气爆炸事故教训。";
    const lead = "深刻汲取宁夏银川燃气爆炸事故教训 揭阳部署全市安全防范工作";
    expect(inferStoryContext({ text, lead, masthead: "", site: "", opening: "", speakers: [], centralConvened: false }, lookup).province).toBe("广东");
  });

  it("gives a roundup of several provinces' secretaries no province of its own", () => {
    const speakers = ["吉林省委书记", "甘肃省委书记", "陕西省委书记", "安徽省委书记"].map((t) =>
      provinceOfPerson("某某", describeOffice(t, lookup), null, lookup)!,
    );
    const text = "多个省份召开高规格疫情防控工作专题会议，省级党委书记对新阶段疫情防控工作进行部署。";
    expect(inferStoryContext({ text, lead: "", masthead: "", site: "", opening: "", speakers, centralConvened: false }, lookup).province).toBeNull();
  });

  it("keeps a central meeting's story central although it names 湖北 and 武汉", () => {
    const text = "中共中央政治局常务委员会2月3日召开会议。会议强调，湖北省特别是武汉市仍然是全国疫情防控的重中之重。继续从全国调派医务人员驰援武汉。";
    const xi = provinceOfPerson("习近平", null, "2020-02-03", lookup);
    const ctx = inferStoryContext({ text, lead: "", masthead: "", site: "", opening: "", speakers: xi ? [xi] : [], centralConvened: true }, lookup);
    expect(ctx).toMatchObject({ province: "中央", level: "central" });
  });
});
