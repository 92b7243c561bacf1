import { describe, expect, it } from "vitest";
import { accuracyFigures, methodAccuracy } from "./method-figures";

describe("accuracyFigures", () => {
  it("reads the figure table and the line that says what it measured", () => {
    const markdown = "Some text.\n\nTest split (10 articles), 2026-01-01:\n\n| figure | test | dev |\n| --- | --- | --- |\n| province | 80.0% | 90.0% |\n| kind | 70.0% | 75.0% |\n\nAfter.";
    expect(accuracyFigures(markdown)).toEqual({
      measured: "Test split (10 articles), 2026-01-01",
      rows: [
        { figure: "province", test: "80.0%", dev: "90.0%" },
        { figure: "kind", test: "70.0%", dev: "75.0%" },
      ],
    });
  });

  it("finds the table in docs/method.md", () => {
    const figures = methodAccuracy();
    expect(figures?.measured).toMatch(/^Test split/);
    expect(figures?.rows.map((r) => r.figure)).toContain("province");
  });
});
