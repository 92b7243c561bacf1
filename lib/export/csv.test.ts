import { describe, expect, it } from "vitest";
import type { StatementRecord } from "@/lib/db/queries";
import { echoesToCsv, statementsToCsv } from "./csv";

const record: StatementRecord = {
  id: 7,
  region: "河南",
  regionEn: "Henan",
  city: null,
  speaker: "楼阳生",
  office: "省委书记",
  level: "provincial",
  date: "2022-11-17",
  kind: "directive",
  topics: [3, 20],
  topicsZh: ["卫生", "政府运作"],
  topicsEn: ["Health", "Government operations"],
  themes: ["surveillance", "testing"],
  themesZh: ["监测预警", "核酸检测"],
  themesEn: ["Surveillance and early warning", "Testing"],
  text: "要坚定不移,坚持\"动态清零\"。\n第二行",
  articleId: 3,
  articleTitle: null,
  sourceFile: "data/articles/004.txt",
  start: 120,
  end: 388,
};

describe("statementsToCsv", () => {
  it("starts with a BOM, has a header, quotes commas, quotes and newlines", () => {
    const csv = statementsToCsv([record]);
    expect(csv.startsWith("\uFEFFid,region,regionEn,city,speaker,office,level,date,kind,topics,topicsZh,topicsEn,themes,themesZh,themesEn,text,")).toBe(true);
    const [, row] = csv.slice(1).split("\r\n");
    expect(row).toBe(
      '7,河南,Henan,,楼阳生,省委书记,provincial,2022-11-17,directive,3; 20,卫生; 政府运作,Health; Government operations,surveillance; testing,监测预警; 核酸检测,' +
        'Surveillance and early warning; Testing,"要坚定不移,坚持""动态清零""。\n第二行",3,,data/articles/004.txt,120,388',
    );
  });
});

describe("echoesToCsv", () => {
  it("writes one row per echo or cite, its kind and cited event, shared spans joined, the central statement beside it", async () => {
    const { parse } = await import("csv-parse/sync");
    const csv = echoesToCsv([
      {
        id: 1, kind: "cites", citedEvent: "认真贯彻全国安全生产电视电话会议精神", citedEventDate: "2022-07-11", score: 3.1, lagDays: 1,
        sharedSpans: ["十五条硬措施", "防风险、保安全"], spans: [], region: "陕西", regionEn: "Shaanxi",
        speaker: "赵一德", office: "省委书记", level: "provincial", date: "2022-07-12", text: "要严格落实十五条硬措施，做好防风险、保安全各项工作。",
        statementId: 26, articleId: 1, centralStatementId: 10, centralSpeaker: "会议", centralDate: "2022-07-11",
        centralText: "会议强调，严格落实安全生产十五条硬措施。", centralArticleId: 1,
      },
    ]);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const [row] = parse(csv.slice(1), { columns: true }) as Record<string, string>[];
    expect(row).toMatchObject({
      kind: "cites",
      citedEvent: "认真贯彻全国安全生产电视电话会议精神",
      region: "陕西",
      sharedSpans: "十五条硬措施; 防风险、保安全",
      centralText: "会议强调，严格落实安全生产十五条硬措施。",
      lagDays: "1",
    });
  });
});

describe("cells a spreadsheet would run as a formula (OWASP CSV injection)", () => {
  const parsedRow = async (csv: string) => {
    const { parse } = await import("csv-parse/sync");
    return (parse(csv.slice(1), { columns: true }) as Record<string, string>[])[0];
  };

  it.each(["=HYPERLINK(\"http://x\",\"y\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(1,2)", "\t=1+1", "\r=1+1", "＝1+1"])(
    "starts %j with a quote in the title and the text",
    async (formula) => {
      const row = await parsedRow(statementsToCsv([{ ...record, text: formula, articleTitle: formula }]));
      expect(row.text).toBe(`'${formula}`);
      expect(row.articleTitle).toBe(`'${formula}`);
    },
  );

  it("leaves numbers, negative ones included, and ordinary text as they are", async () => {
    const csv = echoesToCsv([
      {
        id: 1, kind: "echo", score: 0.5, lagDays: -3, sharedSpans: ["=1+1", "及时预警"], spans: [], citedEvent: "-国务院常务会议", citedEventDate: null,
        region: "陕西", regionEn: "Shaanxi", speaker: "赵一德", office: "省委书记", level: "provincial", date: "2023-02-16", text: "要及时预警。",
        statementId: 26, articleId: 1, centralStatementId: 10, centralSpeaker: "会议", centralDate: "2023-02-13", centralText: "@ 要加强预警。", centralArticleId: 1,
      },
    ]);
    const row = await parsedRow(csv);
    expect(row).toMatchObject({ lagDays: "-3", text: "要及时预警。", sharedSpans: "'=1+1; 及时预警", citedEvent: "'-国务院常务会议", centralText: "'@ 要加强预警。" });
  });
});
