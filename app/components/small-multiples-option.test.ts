import { describe, expect, it } from "vitest";
import type { PeriodRegionCounts } from "@/lib/db/period-counts";
import { mappedTotal, smallMultiplesHeight, smallMultiplesOption } from "./small-multiples-option";

const nameOfCode = { henan: "河南", jiangsu: "江苏", hubei: "湖北" };
const panels: PeriodRegionCounts[] = [
  { label: "2020", from: "2020-01-01", to: "2020-12-31", counts: { hubei: 12, henan: 2, central: 40 } },
  { label: "2021", from: "2021-01-01", to: "2021-12-31", counts: {} },
  { label: "2022", from: "2022-01-01", to: "2022-12-31", counts: { henan: 7, jiangsu: 3 } },
];

describe("smallMultiplesOption", () => {
  const option = smallMultiplesOption({ panels, nameOfCode, columns: 2, width: 808, panelTitle: (p, n) => `${p.label}: ${n}`, legendTitle: "Directives" });

  it("draws a map per period with its own regions' counts, the centre left out", () => {
    expect(option.series.map((s) => s.geoIndex)).toEqual([0, 1, 2]);
    expect(option.series[0].data).toEqual([{ name: "湖北", value: 12 }, { name: "河南", value: 2 }]);
    expect(option.series[1].data).toEqual([]);
    expect(option.title.map((t) => t.text)).toEqual(["2020: 14", "2021: 0", "2022: 10", "Directives"]);
  });

  it("puts every panel on one colour scale, up to the busiest region of any period", () => {
    expect(option.visualMap.seriesIndex).toEqual([0, 1, 2]);
    expect(option.visualMap.max).toBe(12);
  });

  it("lays the panels out in rows of `columns`, none overlapping", () => {
    const boxes = option.geo.map((g) => ({ left: g.left, top: g.top, right: g.left + g.width, bottom: g.top + g.height }));
    expect(boxes[0].top).toBe(boxes[1].top);
    expect(boxes[2].top).toBeGreaterThan(boxes[0].bottom);
    expect(boxes[1].left).toBeGreaterThan(boxes[0].right);
    expect(Math.max(...boxes.map((b) => b.right))).toBeLessThanOrEqual(808);
    expect(Math.max(...boxes.map((b) => b.bottom))).toBeLessThanOrEqual(smallMultiplesHeight(3, 2, 808));
  });

  it("gives each panel the 南海诸岛 inset the main map has, boxed in its bottom right corner", () => {
    const maps = option.geo.slice(0, 3);
    const insets = option.geo.slice(3);
    expect(insets.map((g) => g.map)).toEqual(["south-china-sea", "south-china-sea", "south-china-sea"]);
    insets.forEach((inset, i) => {
      const map = maps[i];
      expect(inset.left + inset.width).toBeLessThanOrEqual(map.left + map.width);
      expect(inset.top + inset.height).toBeLessThanOrEqual(map.top + map.height);
      expect(inset.left).toBeGreaterThan(map.left + map.width / 2);
      expect(inset.top).toBeGreaterThan(map.top + map.height / 2);
    });
    expect(option.graphic).toHaveLength(3);
    expect(option.graphic[1]).toMatchObject({ type: "rect", left: insets[1].left, top: insets[1].top });
  });

  it("totals a panel without the centre", () => {
    expect(mappedTotal(panels[0], nameOfCode)).toBe(14);
  });
});
