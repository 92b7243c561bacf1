import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ArticleFileError } from "./article-file";
import { readCorpusFile } from "./corpus-file";

function fileWith(name: string, content: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "corpus-records-")), name);
  writeFileSync(file, content);
  return file;
}

const henan = { title: "楼阳生主持省委专题会议", date: "2022-11-17", source: "河南日报", url: "https://www.henandaily.cn/content/2022/1118/1.html", text: "本报讯 11月17日，省委书记楼阳生主持会议并讲话。" };
const xinhua = { title: "中央政治局常委会召开会议", date: "2022-03-17", source: "新华社", text: "新华社北京3月17日电 中共中央政治局常务委员会召开会议。" };

describe("readCorpusFile", () => {
  it("reads a JSONL file, a record a line, and reports a broken record by its line", () => {
    const file = fileWith("news.jsonl", [JSON.stringify(henan), "", JSON.stringify({ ...xinhua, date: "2022-02-30" }), "{not json", JSON.stringify(xinhua)].join("\n"));
    const corpus = readCorpusFile(file);
    expect(corpus.records.map((r) => [r.line, r.metadata.source, r.key])).toEqual([
      [1, "河南日报", henan.url],
      [5, "新华社", "line 5"],
    ]);
    expect(corpus.records[0].raw).toBe(henan.text);
    expect(corpus.problems).toEqual([
      { line: 3, reason: "date is not a day of the calendar" },
      { line: 4, reason: expect.stringMatching(/^not a JSON object/) },
    ]);
  });

  it("reads a CSV file with a header, texts over several lines, and names the line of a bad row", () => {
    const csv = ["title,date,source,url,author,text", `${henan.title},${henan.date},${henan.source},${henan.url},,"${henan.text}\n第二段。"`, "坏行,2022-11-18,河南日报", `${xinhua.title},${xinhua.date},${xinhua.source},,,${xinhua.text}`].join("\n");
    const corpus = readCorpusFile(fileWith("news.csv", csv));
    expect(corpus.records.map((r) => [r.line, r.metadata.title, r.metadata.author])).toEqual([
      [2, henan.title, undefined],
      [5, xinhua.title, undefined],
    ]);
    expect(corpus.records[0].raw).toBe(`${henan.text}\n第二段。`);
    expect(corpus.problems).toEqual([{ line: 4, reason: "3 fields where the header has 6" }]);
  });

  it("refuses a record without text, and a second record with the same address", () => {
    const file = fileWith("news.jsonl", [JSON.stringify({ ...henan, text: "" }), JSON.stringify(henan), JSON.stringify(henan)].join("\n"));
    const corpus = readCorpusFile(file);
    expect(corpus.records.map((r) => r.line)).toEqual([2]);
    expect(corpus.problems).toEqual([
      { line: 1, reason: "text is empty or not text" },
      { line: 3, reason: "the same url as the record on line 2" },
    ]);
  });

  it("changes a record's hash when its metadata is corrected", () => {
    const before = readCorpusFile(fileWith("a.jsonl", JSON.stringify(henan))).records[0];
    const after = readCorpusFile(fileWith("a.jsonl", JSON.stringify({ ...henan, date: "2022-11-18" }))).records[0];
    expect(after.contentHash).not.toBe(before.contentHash);
  });

  it("reports a quote never closed, and keeps the records before it", () => {
    const corpus = readCorpusFile(fileWith("open.csv", `title,text\n标题,正文\n标题,"没有结束的引号\n下一行`));
    expect(corpus.records.map((r) => r.raw)).toEqual(["正文"]);
    expect(corpus.problems).toEqual([{ line: 4, reason: expect.stringMatching(/^Quote Not Closed/) }]);
  });

  it.each([
    ["no text column", "title,body\n标题,正文", /no "text" column/],
    ["a column named twice", "title,text,title\n标题,正文,又一个", /names the column "title" twice/],
  ])("names the file when its header has %s", (_, csv, reason) => {
    const file = fileWith("header.csv", csv);
    expect(() => readCorpusFile(file)).toThrow(ArticleFileError);
    expect(() => readCorpusFile(file)).toThrow(/header\.csv: not a readable CSV file/);
    expect(() => readCorpusFile(file)).toThrow(reason);
  });
});
