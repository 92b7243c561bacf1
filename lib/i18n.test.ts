import { describe, expect, it } from "vitest";
import { withLang } from "./i18n";

describe("withLang", () => {
  it("adds the language to a path's query, before its fragment", () => {
    expect(withLang("/province/henan", "zh")).toBe("/province/henan?lang=zh");
    expect(withLang("/search?q=监测", "en")).toBe("/search?q=%E7%9B%91%E6%B5%8B&lang=en");
    expect(withLang("/article/3#s-12", "zh")).toBe("/article/3?lang=zh#s-12");
    expect(withLang("/?lang=en", "zh")).toBe("/?lang=zh");
  });

  it("leaves links alone when no language was asked for, and outside links always", () => {
    expect(withLang("/compare", null)).toBe("/compare");
    expect(withLang("https://example.org/a", "zh")).toBe("https://example.org/a");
  });
});
