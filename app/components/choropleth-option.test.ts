import { describe, expect, it } from "vitest";
import type { RegionSummary } from "@/lib/definitions";
import { regionMeasures } from "@/lib/map-measure";
import { choroplethOption, FILTERED_OUT_STYLE, labelWidth, nameFits, REGION_STYLE, scaleThatMatters } from "./choropleth-option";

const region = (code: string, name: string, nameEn: string, statements: number, allStatements = statements) =>
  ({ code, name, nameEn, adcode: null, statements, allStatements, speakers: [], topThemes: [], latest: null }) as unknown as RegionSummary;
const regions = [region("henan", "河南", "Henan", 7), region("hong-kong", "香港", "Hong Kong", 2), region("jilin", "吉林", "Jilin", 0, 3), region("central", "中央", "Central", 9)];

describe("choroplethOption", () => {
  const option = choroplethOption({ regions, legendText: ["7", "0"], legendTitle: "Directives per region", regionLabel: (name) => regions.find((r) => r.name === name)?.nameEn ?? name });
  const geo = option.geo[0] as { label: { show: boolean; formatter: (p: { name: string }) => string }; regions: { name: string; label?: { show?: boolean }; itemStyle?: object }[] };

  it("names each region with its short name, not 香港 or 澳门, which get markers with callouts", () => {
    expect(geo.label.show).toBe(true);
    expect(geo.label.formatter({ name: "河南" })).toBe("Henan");
    expect(geo.regions.find((r) => r.name === "香港")?.label).toEqual({ show: false });
    const markers = option.series[1] as { type: string; data: { name: string; value: number[]; label: { show: boolean; formatter: () => string } }[] };
    expect(markers.type).toBe("scatter");
    expect(markers.data.map((d) => d.name)).toEqual(["香港", "澳门"]);
    expect(markers.data[0].value[0]).toBeCloseTo(114.1, 1);
    expect(markers.data[0].label.formatter()).toBe("Hong Kong");
  });

  it("titles the legend with what is counted and scales it to the largest region, the centre left out", () => {
    expect(option.graphic.some((g) => (g.style as { text?: string } | undefined)?.text === "Directives per region")).toBe(true);
    expect(option.visualMap.max).toBe(7);
  });

  it("draws a region filtered to zero white, and keeps that when it is also picked", () => {
    const picked = choroplethOption({ regions, legendText: ["7", "0"], selected: ["jilin"] }).geo[0] as typeof geo;
    const jilin = picked.regions.filter((r) => r.name === "吉林");
    expect(jilin).toHaveLength(1);
    expect(jilin[0].itemStyle).toMatchObject({ areaColor: "#ffffff", borderColor: "#d55e00" });
  });

  it("draws the measures it is given: values for counted regions, white for no match, grey (no data) for no articles", () => {
    const measures = regionMeasures(regions, { henan: { articles: 3, stories: 2 }, jilin: { articles: 1, stories: 1 } }, "per-article");
    const drawn = choroplethOption({ regions, measures, legendText: ["3.5", "0"] });
    expect((drawn.series[0] as { data: { name: string; value: number }[] }).data).toEqual([{ name: "河南", value: 3.5 }]);
    const styled = (drawn.geo[0] as typeof geo).regions;
    expect(styled.find((r) => r.name === "吉林")?.itemStyle).toMatchObject({ areaColor: FILTERED_OUT_STYLE.areaColor });
    // 香港 has statements but no article dated in the period: no value to draw, the grey of no data.
    expect(styled.find((r) => r.name === "香港")?.itemStyle ?? {}).not.toHaveProperty("areaColor");
    expect(drawn.geo[0].itemStyle.areaColor).toBe(REGION_STYLE.areaColor);
    expect(drawn.visualMap.max).toBe(3.5);
  });
});

describe("region names by the map's size", () => {
  const english: Record<string, string> = { 新疆: "Xinjiang", 河南: "Henan", 北京: "Beijing", 天津: "Tianjin", 上海: "Shanghai", 广东: "Guangdong", 江西: "Jiangxi", 重庆: "Chongqing" };

  it("draws every name on a desktop map (14 pixels a degree)", () => {
    for (const [name, label] of Object.entries(english)) expect(nameFits(name, label, 14), name).toBe(true);
  });

  it("on a phone (6 pixels a degree) leaves off the names wider than their region, so that neighbours' names never pile up", () => {
    const fitting = Object.entries(english).filter(([name, label]) => nameFits(name, label, 6)).map(([name]) => name);
    expect(fitting).toEqual(["新疆", "河南"]);
    // Two Chinese characters fit where the English name does not.
    expect(nameFits("江西", "江西", 6)).toBe(true);
    expect(labelWidth("江西")).toBeLessThan(labelWidth("Jiangxi"));
  });

  it("hides the names that do not fit in the option, and keeps the others", () => {
    const all = [region("xinjiang", "新疆", "Xinjiang", 1), region("beijing", "北京", "Beijing", 1), region("tianjin", "天津", "Tianjin", 1)];
    const small = choroplethOption({ regions: all, legendText: ["1", "0"], pixelsPerDegree: 6, regionLabel: (name) => english[name] ?? name }).geo[0] as { regions: { name: string; label?: { show?: boolean } }[] };
    const hidden = small.regions.filter((r) => r.label?.show === false).map((r) => r.name);
    expect(hidden).toEqual(expect.arrayContaining(["北京", "天津"]));
    expect(hidden).not.toContain("新疆");
  });
});

describe("a small map's layout", () => {
  const layout = (pixelsPerDegree?: number) => {
    const option = choroplethOption({ regions, legendText: ["7", "0"], legendTitle: "Directives per region", pixelsPerDegree });
    return { land: option.geo[0] as { bottom: number }, inset: option.geo[1] as { bottom: number; height: number }, visualMap: option.visualMap as { orient?: string; bottom: number } };
  };

  it("keeps the land above the inset and lays the legend flat under it on a phone", () => {
    const { land, inset, visualMap } = layout(6);
    expect(land.bottom).toBeGreaterThanOrEqual(inset.bottom + inset.height);
    expect(visualMap.orient).toBe("horizontal");
  });

  it("leaves a desktop map its full height, the legend upright beside the land, and needs no redraw for its scale", () => {
    expect([scaleThatMatters(14), scaleThatMatters(6.04)]).toEqual([undefined, 6]);
    const { land, visualMap } = layout(14);
    expect(land.bottom).toBe(8);
    expect(visualMap.orient).toBeUndefined();
    expect(layout().land.bottom).toBe(8);
  });
});

