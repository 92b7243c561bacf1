// The provincial tables against what they claim: one holder of each top post on each day of the period.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { loadKnowledge, type LeaderPost } from "./index";

const knowledge = loadKnowledge();
const periodStart = "2012-11-15";
const asOf = knowledge.leadersAsOf ?? "";
const handoverDays = 60;
const overlapDays = 3;

interface Gap {
  region: string;
  role: string;
  city: string;
  from: string;
  to: string;
}
const gaps = parse(readFileSync(path.join(knowledge.dataDir, "leaders", "gaps.csv"), "utf8"), { columns: true, trim: true }) as Gap[];

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
const end = (p: LeaderPost) => p.end ?? asOf;

const topPosts = knowledge.leaders.filter((p) => p.level === "provincial" && (p.role === "secretary" || p.role === "governor"));
const posts = new Map<string, LeaderPost[]>();
for (const p of topPosts) posts.set(`${p.region} ${p.role}`, [...(posts.get(`${p.region} ${p.role}`) ?? []), p]);

describe("data/leaders: the top provincial posts", () => {
  it("has an asOf date", () => expect(asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/));

  it("covers the secretary and the governor of all 31 provinces, and the chief executives of 香港 and 澳门", () => {
    // 台湾: no post the PRC fills.
    const regions = knowledge.regions.filter((r) => r.kind !== "central" && r.name !== "台湾");
    const expected = regions.flatMap((r) => (r.kind === "sar" ? [`${r.name} governor`] : [`${r.name} secretary`, `${r.name} governor`]));
    expect([...posts.keys()].sort()).toEqual(expected.sort());
  });

  it("has one holder each day from 2012-11-15 to asOf: handovers within 60 days, longer vacancies listed in gaps.csv", () => {
    const problems: string[] = [];
    for (const [key, holders] of posts) {
      const [region, role] = key.split(" ");
      const chain = holders.filter((p) => end(p) > periodStart && (p.start ?? "") <= asOf).sort((a, b) => (a.start ?? "").localeCompare(b.start ?? ""));
      let covered = periodStart;
      chain.forEach((p, i) => {
        const start = p.start && p.start > periodStart ? p.start : periodStart;
        const gapDays = day(start) - day(covered);
        const listed = gaps.some((g) => g.region === region && g.role === role && g.from <= covered && start <= g.to);
        if (gapDays > handoverDays && !listed) problems.push(`${key}: no holder ${covered} → ${start}`);
        if (i > 0 && gapDays < -overlapDays) problems.push(`${key}: ${p.name} starts ${start} while the last holder is in post until ${covered}`);
        if (end(p) > covered) covered = end(p);
      });
      const tail = day(asOf) - day(covered);
      if (tail > handoverDays && !gaps.some((g) => g.region === region && g.role === role && g.from <= covered)) problems.push(`${key}: no holder after ${covered}`);
    }
    expect(problems).toEqual([]);
  });

  it("has nobody in two top provincial posts at once beyond a handover", () => {
    const problems: string[] = [];
    const byPerson = new Map<string, LeaderPost[]>();
    for (const p of topPosts) byPerson.set(p.person, [...(byPerson.get(p.person) ?? []), p]);
    for (const [person, held] of byPerson)
      for (let i = 0; i < held.length; i++)
        for (let j = i + 1; j < held.length; j++) {
          const [a, b] = [held[i], held[j]];
          const overlap = Math.min(day(end(a)), day(end(b))) - Math.max(day(a.start ?? periodStart), day(b.start ?? periodStart));
          if (overlap > overlapDays) problems.push(`${person}: ${a.region}${a.office} and ${b.region}${b.office} for ${overlap} days`);
        }
    expect(problems).toEqual([]);
  });

  it("keys people by person id: one name, one id per birth year", () => {
    const idsByName = new Map<string, Set<string>>();
    for (const p of knowledge.leaders) idsByName.set(p.name, (idsByName.get(p.name) ?? new Set()).add(p.person));
    for (const p of topPosts) expect(p.person, `${p.name} ${p.region}`).toMatch(new RegExp(`^${p.name}-\\d{4}(?:-b)?$`));
    // Two officials named 王浩: 西安's secretary, later 浙江's governor, and 安康's mayor.
    expect([...(idsByName.get("王浩") ?? [])].sort()).toEqual(["王浩-1963", "王浩-1975"]);
  });
});

// The 27 provincial capitals and the 5 separately planned cities, each with its province.
const keyCities: Record<string, string> = {
  石家庄: "河北", 太原: "山西", 呼和浩特: "内蒙古", 沈阳: "辽宁", 长春: "吉林", 哈尔滨: "黑龙江", 南京: "江苏",
  杭州: "浙江", 合肥: "安徽", 福州: "福建", 南昌: "江西", 济南: "山东", 郑州: "河南", 武汉: "湖北", 长沙: "湖南",
  广州: "广东", 南宁: "广西", 海口: "海南", 成都: "四川", 贵阳: "贵州", 昆明: "云南", 拉萨: "西藏", 西安: "陕西",
  兰州: "甘肃", 西宁: "青海", 银川: "宁夏", 乌鲁木齐: "新疆", 大连: "辽宁", 青岛: "山东", 宁波: "浙江", 厦门: "福建", 深圳: "广东",
};
const cityPeriodStart = "2015-01-01";
const cityPosts = knowledge.leaders.filter((p) => p.level === "municipal");

describe("data/leaders: the secretaries and mayors of the provincial capitals and separately planned cities", () => {
  it("puts every municipal post in a city of its own province", () => {
    const wrong = cityPosts.filter((p) => !p.city || (keyCities[p.city] && keyCities[p.city] !== p.region) || !["city-secretary", "mayor"].includes(p.role));
    expect(wrong.map((p) => `${p.name} ${p.region} ${p.city} ${p.role}`)).toEqual([]);
  });

  it("accounts for every day from 2015 to asOf: a holder, a handover within 60 days, or a period listed in gaps.csv", () => {
    // A tenure with no known start covers only its last day: the time before it is unaccounted for.
    const problems: string[] = [];
    for (const [city, region] of Object.entries(keyCities))
      for (const role of ["city-secretary", "mayor"]) {
        const listed = (from: string, to: string) => gaps.some((g) => g.city === city && g.role === role && g.region === region && g.from <= from && to <= g.to);
        const chain = cityPosts
          .filter((p) => p.city === city && p.role === role && end(p) >= cityPeriodStart && (p.start ?? "") <= asOf)
          .map((p) => ({ p, from: p.start ?? end(p) }))
          .sort((a, b) => a.from.localeCompare(b.from));
        let covered = cityPeriodStart;
        for (const { p, from } of chain) {
          const start = from > cityPeriodStart ? from : cityPeriodStart;
          if (day(start) - day(covered) > handoverDays && !listed(covered, start)) problems.push(`${city} ${role}: no holder ${covered} → ${start} (before ${p.name})`);
          if (day(start) - day(covered) < -overlapDays && p.start) problems.push(`${city} ${role}: ${p.name} starts ${start} while the last holder is in post until ${covered}`);
          if (end(p) > covered) covered = end(p);
        }
        if (day(asOf) - day(covered) > handoverDays && !listed(covered, asOf)) problems.push(`${city} ${role}: no holder ${covered} → ${asOf}`);
      }
    expect(problems).toEqual([]);
  });
});
