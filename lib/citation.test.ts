import { describe, expect, it } from "vitest";
import { formatCitation, localDay } from "./citation";

const xinhua = { source: "新华社", title: "中共中央政治局常务委员会召开会议", date: "2022-03-17", url: "http://www.news.cn/politics/a.htm" };

describe("formatCitation", () => {
  it("gives outlet, headline, date, address and the day it was read", () => {
    expect(formatCitation(xinhua, "2026-11-28", "en")).toBe("新华社. “中共中央政治局常务委员会召开会议.” 2022-03-17. http://www.news.cn/politics/a.htm (accessed 2026-11-28).");
    expect(formatCitation(xinhua, "2026-11-28", "zh")).toBe("新华社. 《中共中央政治局常务委员会召开会议》. 2022-03-17. http://www.news.cn/politics/a.htm (访问于 2026-11-28).");
  });

  it("leaves out what the article does not have", () => {
    expect(formatCitation({ source: null, title: "标题", date: null, url: null }, "2026-11-28", "en")).toBe("“标题.” (accessed 2026-11-28)");
  });
});

describe("localDay", () => {
  it("writes the local calendar day", () => {
    expect(localDay(new Date(2026, 0, 5, 23, 30))).toBe("2026-01-05");
  });
});
