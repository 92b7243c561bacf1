import { describe, expect, it } from "vitest";
import { messagesFor } from "@/lib/i18n";
import { lagColouring, NEVER_COLOUR } from "./echo-colouring";

const en = messagesFor("en");

const region = (name: string, firstLagDays: number | null, echoes = firstLagDays === null ? 0 : 1) => ({ code: name, name, nameEn: name, firstLagDays, echoes });

describe("lagColouring", () => {
  it("colours echoing regions by their lag and leaves the others to the never colour", () => {
    const colouring = lagColouring([region("新疆", 0), region("陕西", 12, 2), region("河南", null)], en);
    expect(colouring.values).toEqual({ 新疆: 0, 陕西: 12 });
    expect(colouring.max).toBe(12);
    expect(colouring.otherwise.colour).toBe(NEVER_COLOUR);
    expect(colouring.colours).not.toContain(NEVER_COLOUR);
    expect(colouring.notes).toEqual({ 新疆: "echoed the same day", 陕西: "echoed after 12 days (2 clauses)", 河南: "never echoed" });
    expect(lagColouring([region("陕西", 12, 2)], messagesFor("zh")).notes).toEqual({ 陕西: "12 天后呼应 （2 条）" });
  });

  it("keeps a week-long scale when every echo came the same day", () => {
    expect(lagColouring([region("新疆", 0)], en).max).toBe(7);
    expect(lagColouring([region("河南", null)], en).values).toEqual({});
  });
});
