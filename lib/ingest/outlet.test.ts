import { describe, expect, it } from "vitest";
import { inferOutlet, loadOutlets } from "./outlet";

const outlets = loadOutlets();

describe("inferOutlet", () => {
  it("reads a Xinhua dateline", () => {
    const text = "中共中央政治局常务委员会召开会议\n\n新华社北京3月17日电 中共中央政治局常务委员会3月17日召开会议。";
    expect(inferOutlet(text, outlets)).toMatchObject({ outlet: "新华社" });
  });

  it("reads a source line, in traditional characters too", () => {
    expect(inferOutlet("發(fā)布時間:2020-02-14 瀏覽量: 來源:新華網(wǎng)\n【學習進行時】2月12日，習近平總書記主持會議。", outlets)).toMatchObject({ outlet: "新华网" });
    expect(inferOutlet("2023-01-12 09:15:36 来源：贵州日报\n本报讯 1月11日，省委召开会议。", outlets)).toMatchObject({ outlet: "贵州日报" });
  });

  it("takes 本报讯 to be the paper the header names", () => {
    expect(inferOutlet("2025-02-26河南日报\n楼阳生主持会议\n本报讯 2月25日，省委召开会议。", outlets)).toMatchObject({ outlet: "河南日报" });
  });

  it("names no outlet for 本报讯 under a header that names none", () => {
    expect(inferOutlet("楼阳生在省委专题会议上强调\n\n本报讯 11月17日，省委召开专题会议。", outlets)).toBeNull();
  });

  it("does not take a paper mentioned in the story for its outlet", () => {
    expect(inferOutlet("省委召开会议\n会议指出，要学习人民日报评论员文章。", outlets)).toBeNull();
  });

  it("tells 新华日报 from 新华社", () => {
    expect(inferOutlet("来源：新华日报\n省委召开会议。", outlets)).toMatchObject({ outlet: "新华日报" });
  });
});

describe("loadOutlets", () => {
  it("gives every outlet a source", () => {
    for (const outlet of outlets) expect(outlet.source).toMatch(/^https:\/\//);
  });
});
