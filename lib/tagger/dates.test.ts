import { describe, expect, it } from "vitest";
import { knowledgeWith, testLeaders } from "./fixtures/knowledge";
import { dateContext, eventDateIn, firstDateIn, findPublicationDate, inferYear, resolveMonthDay } from "./dates";
import { lookupFor } from "./lookup";

const lookup = lookupFor(knowledgeWith(testLeaders));

describe("inferYear", () => {
  it("picks the year in which every named leader held the post written before the name", () => {
    // 袁家军 led 浙江 2020-08 to 2022-12; 郑栅洁 was its governor only until 2021-09.
    expect(inferYear("8月5日，省委书记袁家军主持会议。省长郑栅洁在讲话中要求，要统筹疫情防控。", lookup)).toBe(2021);
    expect(inferYear("8月5日，安徽省委书记郑栅洁主持会议并讲话。", lookup)).toBe(2022);
  });
});

describe("dates", () => {
  it("reads the publication line", () => {
    expect(findPublicationDate("发布时间：2020-02-14 浏览量： 来源：新华网")).toBe("2020-02-14");
  });

  it("dates a month and day in the year of publication, or the year before when it would be later", () => {
    const ctx = { publication: "2020-02-14", year: 2020 };
    expect(resolveMonthDay(1, 25, ctx)).toBe("2020-01-25");
    expect(resolveMonthDay(12, 31, ctx)).toBe("2019-12-31");
  });

  it("infers 2022 from 二十条 and 动态清零 when no year is written", () => {
    expect(inferYear("11月17日，省委召开会议，落实进一步优化防控工作的二十条措施，坚定不移贯彻“动态清零”总方针。", lookup)).toBe(2022);
  });

  it("infers early 2020 from 新型冠状病毒感染的肺炎", () => {
    expect(inferYear("2月3日，我省召开新型冠状病毒感染的肺炎疫情防控专题视频调度会议。", lookup)).toBe(2020);
  });

  it("infers the year from the posts the named leaders held", () => {
    // 许昆林 became 江苏's governor in October 2021; 新冠肺炎 was in use until the end of 2022.
    expect(inferYear("3月17日晚，省长许昆林主持会议，部署新冠肺炎疫情防控工作。", lookup)).toBe(2022);
  });

  it("dates an event from its own words: 2月24日赴…调研 in an article of 2023", () => {
    const ctx = dateContext("平稳进入“乙类乙管”常态化防控阶段。2月16日，中央政治局常委会召开会议。", lookup);
    expect(ctx.year).toBe(2023);
    expect(firstDateIn("安徽省委书记郑栅洁2月24日赴省疾病预防控制中心调研", ctx)).toBe("2023-02-24");
  });

  it("skips a day still to come: 预计将于28日登陆 is not the day of the meeting of the 27th", () => {
    const ctx = { publication: "2016-09-27", year: 2016 };
    const running = { date: "2016-09-27", precision: "day" as const };
    expect(eventDateIn("强台风“鲇鱼”预计将于28日凌晨至上午在福建省登陆。9月27日上午，省委书记尤权赴省防汛指挥部", ctx, true, running)).toEqual(running);
    expect(eventDateIn("28日凌晨，台风在福建省登陆。", ctx, true, running)).toEqual({ date: "2016-09-28", precision: "day" });
  });

  it("reads a day written with 号 (12月1号上午) as with 日", () => {
    expect(firstDateIn("12月1号上午，我县组织收看全省森林防火电视电话会议。", { publication: "2016-12-08", year: 2016 })).toBe("2016-12-01");
  });

  it("dates the meeting, not the incident it answers: 6月21日20时40分许…发生爆炸事故。22日…召开", () => {
    const ctx = { publication: "2023-06-23", year: 2023 };
    const text = "6月21日20时40分许，宁夏银川一烧烤店发生燃气爆炸事故。截至6月22日6时，已造成31人死亡。6月22日，省委召开常委会会议。";
    expect(eventDateIn(text, ctx, true, null, false)).toEqual({ date: "2023-06-22", precision: "day" });
    // Alone, the incident's day is still a day the text gives.
    expect(eventDateIn("6月21日20时40分许，宁夏银川一烧烤店发生燃气爆炸事故。", ctx)).toEqual({ date: "2023-06-21", precision: "day" });
    expect(eventDateIn("6月21日20时40分许，宁夏银川一烧烤店发生燃气爆炸事故。", ctx, true, null, false)).toBeNull();
  });

  it("takes no event from the time a count stands at (截至6月22日6时)", () => {
    const ctx = { publication: "2023-06-23", year: 2023 };
    expect(eventDateIn("截至6月22日6时，事故已造成31人死亡，7人受伤。", ctx, false)).toBeNull();
  });

  it("dates a late repost by the year its meeting names, not by the page's date", () => {
    const page = "吉林省召开2015年秋季森林草原防火工作视频会议\n发布日期:2024-09-04 23:18\n9月15日，吉林省政府召开2015年全省秋季森林草原防火工作视频会议。";
    const ctx = dateContext(page, lookup);
    expect(ctx.publication).toBe("2024-09-04");
    expect(firstDateIn("9月15日，吉林省政府召开会议。", ctx)).toBe("2015-09-15");
    // A meeting of last year's work, held early this year, keeps the page's year.
    const recent = dateContext("召开2023年度全省安全生产工作会议\n发布日期:2024-01-20 10:00\n1月19日，省政府召开会议。", lookup);
    expect(firstDateIn("1月19日，省政府召开会议。", recent)).toBe("2024-01-19");
  });

  it("reads a digital paper's issue line (2014年9月3日 星期三) and a site's 17-07-26 10:14 来源 line as the publication", () => {
    const index = Array.from({ length: 20 }, (_, i) => `0${i % 4}版`).join("\n");
    expect(findPublicationDate(`01版:要闻\n${index}\n2014年9月3日 星期三\n蒋定之主持召开省安委会扩大会议`)).toBe("2014-09-03");
    expect(findPublicationDate("兰州市政府召开常务会议\n17-07-26 10:14 来源:中国甘肃网-兰州晚报 编辑:杨亚楠\n7月25日，市政府召开常务会议。")).toBe("2017-07-26");
  });
});

