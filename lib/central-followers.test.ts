import { describe, expect, it } from "vitest";
import { daysBetween, followedCentralDirectives } from "./central-followers";

const central = [
  { id: 1, date: "2022-03-17", themeIds: ["responsibility", "testing"] },
  { id: 2, date: "2023-02-16", themeIds: ["surveillance"] },
  { id: 3, date: null, themeIds: ["surveillance"] },
];

describe("followedCentralDirectives", () => {
  it("pairs each regional statement with the latest earlier central statement on a shared theme", () => {
    const regional = [
      { id: 10, date: "2022-03-17", themeIds: ["responsibility"] },
      { id: 11, date: "2023-02-20", themeIds: ["surveillance", "treatment"] },
      { id: 12, date: "2023-03-01", themeIds: ["surveillance"] },
    ];
    expect(followedCentralDirectives(regional, central)).toEqual([
      { centralId: 2, followers: [{ id: 11, lagDays: 4 }, { id: 12, lagDays: 13 }] },
      { centralId: 1, followers: [{ id: 10, lagDays: 0 }] },
    ]);
  });

  it("leaves out statements before the directive, on other themes, undated or outside the window", () => {
    const regional = [
      { id: 20, date: "2023-02-15", themeIds: ["surveillance"] },
      { id: 21, date: "2023-02-20", themeIds: ["vaccination"] },
      { id: 22, date: null, themeIds: ["surveillance"] },
      { id: 23, date: "2023-05-01", themeIds: ["surveillance"] },
    ];
    expect(followedCentralDirectives(regional, central)).toEqual([]);
    expect(followedCentralDirectives([regional[3]], central, 90)).toEqual([{ centralId: 2, followers: [{ id: 23, lagDays: 74 }] }]);
  });

  it("picks, among many central statements, the newest on or before the day that shares a theme", () => {
    // A simple pseudo-random corpus, checked against the rule read literally: walk the central
    // statements newest first from the statement's day and take the first on a shared theme.
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const themes = ["testing", "surveillance", "vaccination", "treatment", "accountability"];
    const pick = () => themes.filter(() => random() < 0.3);
    const day = () => new Date(Date.UTC(2022, 0, 1) + Math.floor(random() * 400) * 86_400_000).toISOString().slice(0, 10);
    const manyCentral = Array.from({ length: 300 }, (_, i) => ({ id: 1000 + i, date: random() < 0.05 ? null : day(), themeIds: pick() }));
    const regional = Array.from({ length: 200 }, (_, i) => ({ id: i, date: random() < 0.05 ? null : day(), themeIds: pick() }));

    const newestFirst = manyCentral.filter((c) => c.date).sort((a, b) => (a.date! < b.date! ? 1 : a.date! > b.date! ? -1 : b.id - a.id));
    const expected = new Map<number, { id: number; lagDays: number }[]>();
    for (const s of regional) {
      if (!s.date) continue;
      const followed = newestFirst.find((c) => c.date! <= s.date! && c.themeIds.some((t) => s.themeIds.includes(t)));
      if (!followed || daysBetween(followed.date!, s.date) > 45) continue;
      expected.set(followed.id, [...(expected.get(followed.id) ?? []), { id: s.id, lagDays: daysBetween(followed.date!, s.date) }]);
    }
    const wanted = newestFirst.filter((c) => expected.has(c.id)).map((c) => ({ centralId: c.id, followers: expected.get(c.id) }));

    expect(wanted.length).toBeGreaterThan(20);
    expect(followedCentralDirectives(regional, manyCentral, 45)).toEqual(wanted);
  });
});

describe("daysBetween", () => {
  it("counts calendar days", () => {
    expect(daysBetween("2022-02-28", "2022-03-01")).toBe(1);
    expect(daysBetween("2024-02-28", "2024-03-01")).toBe(2);
  });
});
