import { describe, expect, it } from "vitest";
import { nameBefore } from "./segmenter";

describe("nameBefore", () => {
  it("finds a two- or three-character name before a speech verb", () => {
    const two = "会上，王宁强调，要坚决扛起安全生产政治责任。";
    expect(nameBefore(two, two.indexOf("强调"))).toEqual({ start: 3, word: "王宁" });
    const three = "裴永波强调，要提高站位、正视问题";
    expect(nameBefore(three, three.indexOf("强调"))?.word).toBe("裴永波");
  });

  it("does not take a dictionary word or punctuation for a name", () => {
    expect(nameBefore("明确要求各地落实", 2)).toBeNull();
    expect(nameBefore("严格要求", 2)).toBeNull();
    expect(nameBefore("会上，", 3)).toBeNull();
  });
});
