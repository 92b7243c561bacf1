import { describe, expect, it } from "vitest";
import { afterPreviousCharIn, charSet, nextCharIn } from "./chars";

const stops = charSet("，。\n");

describe("nextCharIn", () => {
  it("finds the first of the characters at or after the start, within the limit", () => {
    const text = "省委书记指出，要压实责任。";
    expect(nextCharIn(text, stops, 0, text.length)).toBe(6);
    expect(nextCharIn(text, stops, 6, text.length)).toBe(6);
    expect(nextCharIn(text, stops, 7, text.length)).toBe(12);
    expect(nextCharIn(text, stops, 7, 10)).toBe(10);
  });
});

describe("afterPreviousCharIn", () => {
  it("finds where the clause holding a position starts", () => {
    const text = "会议强调，省委召开常委会议\n部署工作";
    expect(afterPreviousCharIn(text, stops, 9)).toBe(5);
    expect(afterPreviousCharIn(text, stops, 15)).toBe(14);
    expect(afterPreviousCharIn(text, stops, 3)).toBe(0);
    expect(afterPreviousCharIn(text, stops, 9, 7)).toBe(7);
  });
});
