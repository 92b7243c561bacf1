import { describe, expect, it } from "vitest";
import type { RegionSummary } from "@/lib/definitions";
import { escapeHtml, regionTooltipHtml } from "./region-tooltip";

const henan: RegionSummary = {
  code: "henan",
  name: "河南",
  nameEn: "Henan",
  adcode: 410000,
  statements: 12,
  allStatements: 15,
  speakers: [
    { name: "楼阳生", office: "省委书记", statements: 8 },
    { name: "王凯", office: "省长", statements: 4 },
  ],
  topThemes: [
    { id: "surveillance", nameZh: "监测预警", nameEn: "Surveillance and early warning", statements: 5 },
    { id: "treatment", nameZh: "医疗救治", nameEn: "Medical treatment", statements: 3 },
  ],
  latest: { date: "2022-11-17", speaker: "楼阳生", firstSentence: "要坚定不移坚持人民至上。" },
};

describe("regionTooltipHtml", () => {
  it("on a touch screen, carries a link that opens the region in place of the click hints", () => {
    const html = regionTooltipHtml(henan, "河南", { locale: "en", openHref: "/province/henan?lang=en" });
    expect(html).toContain('<a class="tip-open" href="/province/henan?lang=en">Open Henan</a>');
    expect(html).not.toContain("Shift-click");
    expect(regionTooltipHtml(henan, "河南", { locale: "en" })).not.toContain("tip-open");
  });

  it("shows both names, the count, each speaker with office and the latest directive", () => {
    const html = regionTooltipHtml(henan, "河南", { locale: "en" });
    expect(html).toContain("河南");
    expect(html).toContain("Henan");
    expect(html).toContain("12 statements");
    expect(html).toContain("(15 without filters)");
    expect(regionTooltipHtml({ ...henan, allStatements: 12 }, "河南", { locale: "en" })).not.toContain("without filters");
    expect(html).toMatch(/楼阳生 <span class="tip-office">省委书记<\/span>/);
    expect(html).toContain("王凯");
    expect(html).toContain("2022-11-17 要坚定不移坚持人民至上。");
    expect(html).toContain("Surveillance and early warning (5) · Medical treatment (3)");
  });

  it("speaks the reader's language and says what a click and a shift-click do", () => {
    const html = regionTooltipHtml(henan, "河南", { locale: "zh" });
    expect(html).toContain("12 条讲话");
    expect(html).toContain("监测预警 (5)");
    expect(html).toContain("Shift+点击：加入比较");
    expect(regionTooltipHtml(henan, "河南", { locale: "en", selected: true })).toContain("Shift-click: remove from the comparison");
  });

  it("escapes article text so a script in an article stays inert", () => {
    const hostile = { ...henan, latest: { date: null, speaker: null, firstSentence: '<img src=x onerror="alert(1)">' } };
    const html = regionTooltipHtml(hostile, "河南", { locale: "en" });
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
  });

  it("falls back to the map's name for a region with no data", () => {
    expect(regionTooltipHtml(undefined, "台湾", { locale: "en" })).toBe('<div class="tip"><strong>台湾</strong></div>');
  });
});

describe("escapeHtml", () => {
  it("escapes the five HTML-significant characters", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  });
});
