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
