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
});

describe("daysBetween", () => {
  it("counts calendar days", () => {
    expect(daysBetween("2022-02-28", "2022-03-01")).toBe(1);
    expect(daysBetween("2024-02-28", "2024-03-01")).toBe(2);
  });
});
