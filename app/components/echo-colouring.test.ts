import { describe, expect, it } from "vitest";
import type { RegionEchoState } from "@/lib/db/echoes";
import { messagesFor } from "@/lib/i18n";
import { lagColouring, NEVER_COLOUR, NO_ARTICLES_COLOUR, UNDATED_ANSWER_COLOUR } from "./echo-colouring";

const en = messagesFor("en");

const region = (name: string, state: RegionEchoState, firstLagDays: number | null = null) => ({ code: name, name, nameEn: name, state, firstLagDays, echoes: firstLagDays === null ? 0 : 1 });

describe("lagColouring", () => {
  it("colours regions that echoed or cited by their lag, and tells the silent from those with no statements", () => {
    const colouring = lagColouring([region("新疆", "echoed", 0), region("陕西", "cited", 12), region("河南", "silent"), region("西藏", "no-articles")], en);
    expect(colouring.values).toEqual({ 新疆: 0, 陕西: 12 });
    expect(colouring.max).toBe(12);
    expect(colouring.otherwise.colour).toBe(NEVER_COLOUR);
    expect(colouring.categories).toEqual({ 西藏: NO_ARTICLES_COLOUR });
    expect(colouring.colours).not.toContain(NEVER_COLOUR);
    expect(colouring.notes).toEqual({
      新疆: "echoed its wording, echoed the same day",
      陕西: "cited it by name, echoed after 12 days",
      河南: "not echoed, though the region has statements in the window",
      西藏: "no statements from the region in the window",
    });
  });

  it("never paints a region that cited an undated directive as silent", () => {
    const colouring = lagColouring([region("辽宁", "cited", null), region("河南", "silent")], en);
    expect(colouring.values).toEqual({});
    expect(colouring.categories).toEqual({ 辽宁: UNDATED_ANSWER_COLOUR });
    expect(colouring.notes["辽宁"]).toBe("cited it by name");
  });

  it("keeps a week-long scale when every echo came the same day", () => {
    expect(lagColouring([region("新疆", "echoed", 0)], en).max).toBe(7);
    expect(lagColouring([region("河南", "silent")], en).values).toEqual({});
  });
});
