import { describe, expect, it } from "vitest";
import { compareHref, compareSelectionSchema } from "./compare-selection";

const parse = (regions?: string) => compareSelectionSchema.safeParse(regions === undefined ? {} : { regions });

describe("compareSelectionSchema", () => {
  it("reads a comma-separated list of region codes, central included", () => {
    expect(parse("henan,jiangsu,central")).toMatchObject({ success: true, data: { regions: ["henan", "jiangsu", "central"] } });
    expect(parse(undefined)).toMatchObject({ success: true, data: { regions: [] } });
  });

  it.each([
    ["henan,atlantis", /unknown region "atlantis"/],
    ["henan,jiangsu,gansu,jilin,liaoning", /at most 4/],
    ["henan,henan", /twice/],
  ])("refuses %s", (regions, message) => {
    const result = parse(regions);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message).join("; ")).toMatch(message);
  });

  it("builds the URL it reads", () => {
    const href = compareHref(["henan", "central"]);
    expect(parse(new URL(href, "http://x").searchParams.get("regions")!)).toMatchObject({ data: { regions: ["henan", "central"] } });
  });
});
