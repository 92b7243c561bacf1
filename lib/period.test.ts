import { describe, expect, it } from "vitest";
import { periodHref, yearOfPeriod, yearSteps } from "./period";

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
