import { describe, expect, it } from "vitest";
import { cityChoroplethOption } from "./city-option";

describe("cityChoroplethOption", () => {
  it("colours each city by its statements and outlines the one picked", () => {
    const option = cityChoroplethOption({ mapName: "cities-henan", counts: { 郑州: 5, 洛阳: 2 }, selected: "郑州", legendTitle: "Municipal statements" });
    expect(option.geo.map).toBe("cities-henan");
    expect(option.series[0].data).toEqual([{ name: "郑州", value: 5 }, { name: "洛阳", value: 2 }]);
    expect(option.visualMap.max).toBe(5);
    expect(option.geo.regions).toEqual([{ name: "郑州", itemStyle: { borderColor: "#d55e00", borderWidth: 2.5 } }]);
    expect(cityChoroplethOption({ mapName: "m", counts: {}, selected: null, legendTitle: "" }).visualMap.max).toBe(1);
  });
});
