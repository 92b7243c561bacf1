import { describe, expect, it } from "vitest";
import { unknownFilterValues } from "./known-filter-values";

const known = { themeIds: ["flood-control", "surveillance"], speakers: ["楼阳生", "王凯"] };

describe("unknownFilterValues", () => {
  it("accepts themes, CAP topics and speakers that are loaded", () => {
    expect(unknownFilterValues({ theme: "surveillance", leader: "楼阳生" }, known)).toBeNull();
    expect(unknownFilterValues({ theme: "cap-5" }, known)).toBeNull();
    expect(unknownFilterValues({}, known)).toBeNull();
  });

  it("names an unknown theme, CAP topic or leader instead of a map of zeros", () => {
    expect(unknownFilterValues({ theme: "nonsense" }, known)).toMatch(/^theme: there is no theme "nonsense"/);
    expect(unknownFilterValues({ theme: "cap-99" }, known)).toMatch(/^theme: there is no theme "cap-99"/);
    const both = unknownFilterValues({ theme: "nonsense", leader: "楼阳" }, known);
    expect(both).toContain('leader: no statement by "楼阳" is loaded');
    expect(both).toContain("theme:");
  });
});
