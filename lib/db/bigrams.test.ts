import Sqlite from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { bigramHitsAreExact, isBigramWord, statementBigrams } from "./bigrams";

describe("statementBigrams", () => {
  it("pairs adjacent letters and digits, each pair once, across scripts but not across punctuation or line breaks", () => {
    expect(statementBigrams("加强预警，推进5G建设\n预警Ab")).toBe("加强 强预 预警 推进 进5 5G G建 建设 警A Ab");
    expect(statementBigrams("疫情 防控")).toBe("疫情 防控");
    expect(statementBigrams("一，二")).toBe("");
    expect(statementBigrams("𠀀𠀁字")).toBe("𠀀𠀁 𠀁字");
  });

  it("gives words the index tokenizes as one token each, as the query does", () => {
    const index = new Sqlite(":memory:");
    index.exec(`CREATE VIRTUAL TABLE b USING fts5(grams, content='', detail=none, tokenize="unicode61 remove_diacritics 0")`);
    index.prepare("INSERT INTO b (rowid, grams) VALUES (1, ?)").run(statementBigrams("新冠疫情，5G网络。Omicron株"));
    const match = (word: string) => index.prepare("SELECT rowid FROM b WHERE b MATCH ?").pluck().all(`"${word}"`);
    for (const word of ["疫情", "5G", "5g", "OM"]) expect(match(word)).toEqual([1]);
    for (const word of ["情5", "株", "冠疫情"]) expect(match(word)).toEqual([]);
    index.close();
  });
});

describe("isBigramWord and bigramHitsAreExact", () => {
  it("serves two letters or digits, and counts hits as matches only where the tokenizer folds nothing", () => {
    expect(["预警", "5G", "g5", "𠀀字"].every(isBigramWord)).toBe(true);
    expect(["预", "预警体", "5%", "，预"].some(isBigramWord)).toBe(false);
    expect(["预警", "19", "疫情"].every(bigramHitsAreExact)).toBe(true);
    expect(["5G", "ab", "5%"].some(bigramHitsAreExact)).toBe(false);
  });

  it("counts as exact no character the tokenizer folds into another", () => {
    const index = new Sqlite(":memory:");
    index.exec(`CREATE VIRTUAL TABLE b USING fts5(grams, content='', detail=none, tokenize="unicode61 remove_diacritics 0")`);
    const insert = index.prepare("INSERT INTO b (rowid, grams) VALUES (?, ?)");
    const exact = Array.from({ length: 0x30000 }, (_, i) => i)
      .filter((c) => c < 0xd800 || c > 0xdfff)
      .filter((c) => bigramHitsAreExact(`${String.fromCodePoint(c)}1`));
    expect(exact.length).toBeGreaterThan(20_000);
    index.transaction(() => exact.forEach((c) => insert.run(c, statementBigrams(`${String.fromCodePoint(c)}1`))))();
    const match = index.prepare("SELECT rowid FROM b WHERE b MATCH ?").pluck();
    const folded = exact.filter((c) => {
      const hits = match.all(`"${String.fromCodePoint(c)}1"`);
      return hits.length !== 1 || hits[0] !== c;
    });
    index.close();
    expect(folded).toEqual([]);
  });
});
