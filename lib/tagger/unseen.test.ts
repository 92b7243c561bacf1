import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { statementCovering } from "./fixtures/statement-covering";
import { knowledgeWith, testLeaders } from "./fixtures/knowledge";
import { tagArticle } from "./index";

// Articles written for these tests, from provinces and years the seed articles do not cover.
const fixture = (name: string) => readFileSync(path.join(__dirname, "fixtures", name), "utf8");

const leaders = knowledgeWith([
  ...testLeaders,
  { name: "孙春兰", region: "中央", office: "国务院副总理", start: "2018-03-19", end: "2023-03-12" },
  { name: "李希", region: "广东", office: "省委书记", start: "2017-10-28", end: "2022-10-28" },
  { name: "李希", region: "中央", office: "中共中央政治局常委", start: "2022-10-23", end: null },
  { name: "应勇", region: "上海", office: "市长", start: "2017-01-20", end: "2020-02-13" },
  { name: "蔡奇", region: "中央", office: "中共中央政治局常委", start: "2022-10-23", end: null },
]);
const noLeaders = knowledgeWith([]);

describe.each([
  ["with leaders", leaders],
  ["without leaders", noLeaders],
])("unseen articles %s", (_label, knowledge) => {
  it("广东 2020: 李希 and 马兴瑞 at the province, 深圳's secretary at the city", () => {
    const raw = fixture("guangdong-2020.txt");
    const a = tagArticle(raw, knowledge);
    expect(a.date).toBe("2020-02-24");
    expect(statementCovering(a, raw, "省委书记李希主持会议")).toMatchObject({ speaker: "李希", province: "广东", level: "provincial" });
    expect(statementCovering(a, raw, "会议指出，当前我省")).toMatchObject({ speaker: "会议", province: "广东" });
    expect(statementCovering(a, raw, "格；三是要加强科研攻关")).toMatchObject({ speaker: "李希", province: "广东" });
    expect(statementCovering(a, raw, "他指出，各级党委")).toMatchObject({ speaker: "李希", province: "广东" });
    expect(statementCovering(a, raw, "省长马兴瑞在会上说")).toMatchObject({ speaker: "马兴瑞", province: "广东", office: "省长" });
    expect(statementCovering(a, raw, "王伟中要求")).toMatchObject({ speaker: "王伟中", province: "广东", level: "municipal", city: "深圳", date: "2020-02-25" });
    expect(statementCovering(a, raw, "马兴瑞出席")).toBeUndefined();
  });

  it("湖北 2020 in traditional script: the central guidance group stays central", () => {
    const raw = fixture("hubei-2020-traditional.txt");
    const a = tagArticle(raw, knowledge);
    expect(a.date).toBe("2020-02-16");
    expect(statementCovering(a, raw, "應勇指出")).toMatchObject({ speaker: "应勇", province: "湖北", level: "provincial", date: "2020-02-15" });
    expect(statementCovering(a, raw, "會議強調")).toMatchObject({ speaker: "会议", province: "湖北" });
    expect(statementCovering(a, raw, "孫春蘭在武漢調研時強調")).toMatchObject({ speaker: "孙春兰", province: "中央", level: "central" });
    expect(statementCovering(a, raw, "武漢市委書記王忠林")).toMatchObject({ speaker: "王忠林", province: "湖北", level: "municipal", city: "武汉" });
  });

  it("北京 with no year written: 2022 from its vocabulary, the city's leaders at provincial level", () => {
    const raw = fixture("beijing-no-year.txt");
    const a = tagArticle(raw, knowledge);
    expect(a.date).toBe("2022-04-25");
    expect(statementCovering(a, raw, "蔡奇指出")).toMatchObject({ speaker: "蔡奇", province: "北京", level: "provincial", date: "2022-04-25" });
    expect(statementCovering(a, raw, "密接人员要应隔尽隔")).toMatchObject({ speaker: "蔡奇", province: "北京" });
    expect(statementCovering(a, raw, "陈吉宁强调")).toMatchObject({ speaker: "陈吉宁", province: "北京", level: "provincial" });
    expect(statementCovering(a, raw, "会议要求")).toMatchObject({ speaker: "会议", province: "北京" });
  });

  it("a central press conference with experts and a municipality's deputy mayor", () => {
    const raw = fixture("central-press-2022.txt");
    const a = tagArticle(raw, knowledge);
    expect(a.date).toBe("2022-04-02");
    expect(statementCovering(a, raw, "米锋介绍")).toMatchObject({ speaker: "米锋", province: "中央", level: "central" });
    expect(statementCovering(a, raw, "他表示")).toMatchObject({ speaker: "米锋", province: "中央" });
    expect(statementCovering(a, raw, "吴尊友说")).toMatchObject({ speaker: "吴尊友", province: "中央", office: "中国疾控中心流行病学首席专家" });
    expect(statementCovering(a, raw, "宗明在会上介绍")).toMatchObject({ speaker: "宗明", province: "上海", level: "provincial", office: "副市长" });
  });
});
