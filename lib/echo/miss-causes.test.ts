import { describe, expect, it } from "vitest";
import type { EchoLink, EchoResult, StatementForEcho } from "./detect";
import { missCause } from "./miss-causes";

const statement = (id: number, level: string | null, date: string | null): StatementForEcho => ({ id, articleId: id, text: "", date, datePrecision: date ? "day" : null, level, cites: [], articleLead: "" });
const byId = new Map([statement(1, "central", "2022-07-11"), statement(2, "provincial", "2022-07-20"), statement(3, "provincial", "2020-07-20"), statement(4, "central", "2022-07-20"), statement(5, "provincial", null)].map((s) => [s.id, s]));
const nothing: EchoResult = { links: [], cited: [] };
const echo = (centralId: number, localId: number, score = 5): EchoLink => ({ centralId, localId, kind: "echo", score, lagDays: 9, spans: [], cite: null });

describe("missCause", () => {
  it("says nothing of a pair found with its label", () => {
    expect(missCause({ centralId: 1, localId: 2, label: "echo" }, byId, [echo(1, 2)], nothing, 90, 2)).toBeNull();
    expect(missCause({ centralId: 1, localId: 2, label: "none" }, byId, [], nothing, 90, 2)).toBeNull();
  });

  it("lays a miss at the tagger's door when a statement is missing, at the wrong level, undated or years off", () => {
    expect(missCause({ centralId: null, localId: 2, label: "cites" }, byId, [], nothing, 90, 2)?.step).toBe("statement");
    expect(missCause({ centralId: 1, localId: 4, label: "echo" }, byId, [], nothing, 90, 2)).toEqual({ step: "level", cause: "echo: local side tagged central" });
    expect(missCause({ centralId: 1, localId: 5, label: "cites" }, byId, [], nothing, 90, 2)).toEqual({ step: "date", cause: "cites: local undated" });
    expect(missCause({ centralId: 1, localId: 3, label: "cites" }, byId, [], nothing, 90, 2)).toEqual({ step: "date", cause: "cites: no cite read, no wording kept (local dated before)" });
  });

  it("lays it at the detector's when both statements are dated inside the window", () => {
    const cited: EchoResult = { links: [echo(1, 2, 1.2)], cited: [{ localId: 2, cite: { event: "x", speaker: null, kind: "meeting", date: null, text: "x" }, name: "x", centralIds: [], eventDate: null, lagDays: null }] };
    expect(missCause({ centralId: 1, localId: 2, label: "cites" }, byId, [], cited, 90, 2)).toEqual({ step: "cite", cause: "cites: cites read meeting→nothing, wording 1.2 < 2 (in window)" });
    expect(missCause({ centralId: 1, localId: 2, label: "echo" }, byId, [], nothing, 90, 2)?.step).toBe("wording");
    expect(missCause({ centralId: 1, localId: 2, label: "cites" }, byId, [echo(1, 2)], nothing, 90, 2)).toEqual({ step: "kind", cause: "cites found as echo (in window; cites read: none)" });
    expect(missCause({ centralId: 1, localId: 2, label: "none" }, byId, [echo(1, 2)], nothing, 90, 2)).toEqual({ step: "false", cause: "false echo: by wording" });
  });
});
