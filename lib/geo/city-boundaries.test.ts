import { describe, expect, it } from "vitest";
import regions from "@/data/regions.json";
import { cityBoundaries } from "./city-boundaries";

describe("cityBoundaries", () => {
  it("has 河南's prefectures, 郑州 among them, with a point inside each for its label", () => {
    const henan = cityBoundaries("henan");
    const names = henan!.features.map((f) => f.properties.name);
    expect(names).toContain("郑州");
    expect(names).toHaveLength(new Set(names).size);
    const zhengzhou = henan!.features.find((f) => f.properties.name === "郑州")!;
    expect(zhengzhou.properties.adcode).toBe(410100);
    expect(zhengzhou.properties.cp[0]).toBeCloseTo(113.5, 0);
  });

  it("has a file for every province with prefectures and none for the municipalities", () => {
    for (const region of regions.regions) {
      const cities = cityBoundaries(region.code);
      if (region.kind === "province" || region.kind === "autonomous-region") {
        expect(cities?.features.length, region.code).toBeGreaterThan(1);
        for (const f of cities!.features) expect(Math.floor(f.properties.adcode / 10000) * 10000, `${region.code} ${f.properties.name}`).toBe(region.adcode);
      }
    }
    expect(cityBoundaries("beijing")).toBeNull();
    expect(cityBoundaries("central")).toBeNull();
    expect(cityBoundaries("../package")).toBeNull();
  });
});
