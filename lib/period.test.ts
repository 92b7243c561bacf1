import { describe, expect, it } from "vitest";
import { multiplePeriods, periodHref, yearOfPeriod, yearSteps } from "./period";

describe("yearOfPeriod", () => {
  it("reads a whole calendar year", () => {
    expect(yearOfPeriod("2022-01-01", "2022-12-31")).toBe(2022);
  });
  it.each([
    [undefined, undefined],
    ["2022-01-01", undefined],
    ["2022-01-01", "2023-12-31"],
    ["2022-03-01", "2022-12-31"],
  ])("is no single year for %s – %s", (from, to) => {
    expect(yearOfPeriod(from, to)).toBeNull();
  });
});

describe("yearSteps", () => {
  it("steps through every year, those without statements too", () => {
    expect(yearSteps("2020-01-23", "2023-05-02")).toEqual([2020, 2021, 2022, 2023]);
    expect(yearSteps("2022-01-01", "2022-12-31")).toEqual([2022]);
  });
  it("has no steps without dated statements", () => {
    expect(yearSteps(null, null)).toEqual([]);
  });
});

describe("periodHref", () => {
  it("puts the year in from/to beside the other filters, and takes it out for every year", () => {
    expect(periodHref("/", "theme=research&from=2020-01-01&to=2020-12-31&lang=zh", 2022)).toBe("/?theme=research&lang=zh&from=2022-01-01&to=2022-12-31");
    expect(periodHref("/", "theme=research&from=2020-01-01&to=2020-12-31", null)).toBe("/?theme=research");
    expect(periodHref("/", "", null)).toBe("/");
  });
});

describe("multiplePeriods", () => {
  it("has a panel per year, the years without statements too", () => {
    expect(multiplePeriods("2020-01-25", "2023-02-24").map((p) => p.label)).toEqual(["2020", "2021", "2022", "2023"]);
    expect(multiplePeriods("2020-01-25", "2023-02-24")[1]).toEqual({ label: "2021", from: "2021-01-01", to: "2021-12-31" });
  });
  it("cuts the panels to the filters' dates", () => {
    expect(multiplePeriods("2020-01-25", "2023-02-24", "2021-03-01", "2022-06-30")).toEqual([
      { label: "2021", from: "2021-03-01", to: "2021-12-31" },
      { label: "2022", from: "2022-01-01", to: "2022-06-30" },
    ]);
  });
  it("splits a single year into halves", () => {
    expect(multiplePeriods("2022-03-01", "2022-11-17").map((p) => [p.label, p.from, p.to])).toEqual([
      ["2022 H1", "2022-01-01", "2022-06-30"],
      ["2022 H2", "2022-07-01", "2022-12-31"],
    ]);
    expect(multiplePeriods("2020-01-25", "2023-02-24", "2022-08-01", "2022-12-31").map((p) => [p.label, p.from])).toEqual([["2022 H2", "2022-08-01"]]);
  });
  it("has no panels without dated statements", () => {
    expect(multiplePeriods(null, null)).toEqual([]);
  });
});
