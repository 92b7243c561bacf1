import { describe, expect, it } from "vitest";
import { FrontMatterError, splitFrontMatter } from "./front-matter";

const article = "本报讯 11月17日，省委书记楼阳生主持会议并讲话。";

describe("splitFrontMatter", () => {
  it("reads title, date, source, url and author, and returns the text after the block", () => {
    const text = `---\ntitle: 楼阳生在省委专题会议上强调\ndate: 2022-11-17\nsource: 河南日报\nurl: https://www.henandaily.cn/a.html\nauthor: 记者 张三\ntags: [疫情]\n---\n${article}`;
    expect(splitFrontMatter(text)).toEqual({
      metadata: { title: "楼阳生在省委专题会议上强调", date: "2022-11-17", source: "河南日报", url: "https://www.henandaily.cn/a.html", author: "记者 张三" },
      body: article,
      bodyStart: text.indexOf(article),
    });
  });

  it("leaves a file without front matter whole", () => {
    expect(splitFrontMatter(article)).toEqual({ metadata: {}, body: article, bodyStart: 0 });
  });

  it.each([
    ["a block never closed", `---\ntitle: 标题\n${article}`, /^line 1: .*never closed/],
    ["a date that is not a day", `---\ntitle: 标题\ndate: 2022-13-45\n---\n${article}`, /^line 3: front matter date is not a day of the calendar/],
    ["a date in another form", `---\ndate: 2022年11月17日\n---\n${article}`, /^line 2: front matter date must be a day written YYYY-MM-DD/],
    ["an address that is not a web address", `---\ntitle: 标题\nsource: 河南日报\nurl: javascript:alert(1)\n---\n${article}`, /^line 4: front matter url must be an http\(s\) address/],
    ["broken YAML", `---\ntitle: 标题\ndate: [2022\n---\n${article}`, /^line \d: front matter is not valid YAML/],
    ["a title that is a list", `---\ntitle: [a, b]\n---\n${article}`, /^line 2: front matter title must be text/],
  ])("refuses %s, naming the line", (_, text, reason) => {
    expect(() => splitFrontMatter(text)).toThrow(FrontMatterError);
    expect(() => splitFrontMatter(text)).toThrow(reason);
  });
});
