import { describe, expect, it } from "vitest";
import { timelineBounds, timelineDays, timelineOption, type TimelinePoint } from "./timeline-option";

const point = (id: number, date: string, row: string): TimelinePoint => ({ id, date, row, text: `statement ${id}`, articleId: 1 });
const points = [point(3, "2022-11-17", "楼阳生"), point(1, "2020-02-02", "王凯"), point(2, "2022-11-17", "楼阳生"), point(4, "2020-02-03", "楼阳生")];

describe("timelineDays", () => {
  it("groups statements by row and day, rows in order of first appearance", () => {
    const { rows, days } = timelineDays(points);
    expect(rows).toEqual(["王凯", "楼阳生"]);
    expect(days.map((d) => [d.row, d.date, d.statements.map((s) => s.id)])).toEqual([
      ["王凯", "2020-02-02", [1]],
      ["楼阳生", "2020-02-03", [4]],
      ["楼阳生", "2022-11-17", [2, 3]],
    ]);
  });
});

describe("timelineOption", () => {
  const option = timelineOption(points);

  it("puts the days on a time axis, so the years between them are a gap, not a step", () => {
    expect(option.xAxis.type).toBe("time");
    const [min, max] = timelineBounds(timelineDays(points).days);
    expect(min).toBeLessThan(Date.parse("2020-02-02"));
    expect(max).toBeGreaterThan(Date.parse("2022-11-17"));
    expect(max - min).toBeGreaterThan(2.7 * 365 * 24 * 60 * 60 * 1000);
  });

  it("has a row per speaker and a dot per day sized by its statements", () => {
    expect(option.yAxis.data).toEqual(["王凯", "楼阳生"]);
    const lou = option.series[1];
    expect(lou.data.map((d) => d.value)).toEqual([["2020-02-03", "楼阳生", 1], ["2022-11-17", "楼阳生", 2]]);
    expect(lou.symbolSize(["2022-11-17", "楼阳生", 2])).toBeGreaterThan(lou.symbolSize(["2020-02-03", "楼阳生", 1]));
  });

  it("keeps a week either side of a single day", () => {
    const [min, max] = timelineBounds(timelineDays([point(1, "2022-03-01", "a")]).days);
    expect(max - min).toBe(14 * 24 * 60 * 60 * 1000);
  });
});
