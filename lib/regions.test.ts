import { describe, expect, it } from "vitest";
import { regionCodeOf } from "./regions";

describe("regionCodeOf", () => {
  it.each([
    ["henan", "henan"],
    ["河南", "henan"],
    ["河南省", "henan"],
    ["410000", "henan"],
    ["中央", "central"],
    ["central", "central"],
    ["香港", "hong-kong"],
    [" 江苏 ", "jiangsu"],
  ])("reads %s as %s", (spelling, code) => {
    expect(regionCodeOf(spelling)).toBe(code);
  });

  it.each(["nowhere", "", "41", "河", "HENAN"])("names no region for %j", (spelling) => {
    expect(regionCodeOf(spelling)).toBeNull();
  });
});
