import { describe, expect, it } from "vitest";
import { evidenceText } from "./evidence-text";

describe("evidenceText", () => {
  it("says which phrase decided a theme, in both languages", () => {
    const e = { kind: "theme", detail: "监测预警、直报", theme: "surveillance" };
    expect(evidenceText(e, "en")).toBe("Theme “Surveillance and early warning”: the text says “监测预警”, “直报”");
    expect(evidenceText(e, "zh")).toBe("主题“监测预警”：文中有“监测预警”、“直报”");
  });

  it("says which words decided the kind", () => {
    const e = { kind: "statement-kind", detail: "强调、要", rule: "instruction" };
    expect(evidenceText(e, "en")).toBe("Directive: it instructs (“强调”, “要”)");
    expect(evidenceText(e, "zh")).toBe("指示：有指令性用语（“强调”、“要”）");
    expect(evidenceText({ kind: "statement-kind", detail: "", rule: "headline" }, "en")).toBe("Procedural: a headline names the event, it instructs no one");
  });

  it("words a carried-over speaker as a sentence, not as 'carry-over continues'", () => {
    expect(evidenceText({ kind: "carry-over", detail: "continues 楼阳生" }, "en")).toMatch(/^Said by 楼阳生, named earlier/);
    expect(evidenceText({ kind: "carry-over", detail: "continues 楼阳生" }, "zh")).toMatch(/^承接前文，仍是楼阳生的讲话/);
  });

  it("names the story's field when it gave the topic", () => {
    expect(evidenceText({ kind: "topic", detail: "", theme: "production-safety" }, "en")).toBe(
      "Topic “Labor”: no theme of its own; the article is about Production safety",
    );
  });
});
