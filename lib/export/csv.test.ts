import { describe, expect, it } from "vitest";
import type { StatementRecord } from "@/lib/db/queries";
import { statementsToCsv } from "./csv";

const record: StatementRecord = {
  id: 7,
  region: "河南",
  regionEn: "Henan",
  speaker: "楼阳生",
  office: "省委书记",
  level: "provincial",
  date: "2022-11-17",
  themes: ["surveillance", "testing"],
  text: "要坚定不移,坚持\"动态清零\"。\n第二行",
  articleId: 3,
  articleTitle: null,
  sourceFile: "data/articles/004.txt",
  start: 120,
  end: 388,
};

describe("statementsToCsv", () => {
  it("starts with a BOM, has a header, quotes commas, quotes and newlines", () => {
    const csv = statementsToCsv([record]);
    expect(csv.startsWith("\uFEFFid,region,regionEn,speaker,office,level,date,themes,text,")).toBe(true);
    const [, row] = csv.slice(1).split("\r\n");
    expect(row).toBe('7,河南,Henan,楼阳生,省委书记,provincial,2022-11-17,surveillance; testing,"要坚定不移,坚持""动态清零""。\n第二行",3,,data/articles/004.txt,120,388');
  });
});
