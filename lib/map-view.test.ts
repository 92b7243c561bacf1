import { describe, expect, it } from "vitest";
import { splitMapView } from "./map-view";

describe("splitMapView", () => {
  it("takes the view out of the filters", () => {
    const split = splitMapView(new URLSearchParams("theme=cap-5&view=multiples&kind=all"));
    expect(split).toMatchObject({ ok: true, view: "multiples" });
    expect(split.ok && split.filters.toString()).toBe("theme=cap-5&kind=all");
  });
  it("is the map when none or an empty one is asked", () => {
    expect(splitMapView(new URLSearchParams("theme=cap-5"))).toMatchObject({ ok: true, view: "map" });
    expect(splitMapView(new URLSearchParams("view="))).toMatchObject({ ok: true, view: "map" });
  });
  it("names an unknown or repeated view", () => {
    expect(splitMapView(new URLSearchParams("view=globe"))).toEqual({ ok: false, message: "view: must be one of: map, multiples" });
    expect(splitMapView(new URLSearchParams("view=map&view=multiples"))).toEqual({ ok: false, message: "view: give it once, not 2 times" });
  });
});
