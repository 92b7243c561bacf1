import { describe, expect, it } from "vitest";
import { PhraseIndex } from "./phrase-index";

function indexOf(phrases: string[]): PhraseIndex<string> {
  const index = new PhraseIndex<string>();
  for (const phrase of phrases) index.add(phrase, phrase);
  return index;
}

describe("PhraseIndex", () => {
  it("scans leftmost first, each match the longest at its start, without overlaps", () => {
    const index = indexOf(["广东", "广东省", "东省", "深圳"]);
    expect(index.scan("省委书记在广东省深圳市调研").map((m) => [m.phrase, m.start, m.end])).toEqual([
      ["广东省", 5, 8],
      ["深圳", 8, 10],
    ]);
  });

  it("finds phrases whose first characters share a byte of the first-character bits", () => {
    // 0x5e7f (广) and 0x5e78 (幸) fall in the same byte of bits; 0x0041 (A) in another range altogether.
    const index = indexOf(["广州", "AB"]);
    expect(index.scan("幸广州AB幸").map((m) => m.phrase)).toEqual(["广州", "AB"]);
    expect(index.scan("幸福")).toEqual([]);
  });

  it("keeps the longest complete phrase when a longer prefix runs out", () => {
    const index = indexOf(["国务院", "国务院联防联控机制"]);
    expect(index.longestAt("国务院联防联控会议", 0)?.phrase).toBe("国务院");
    expect(index.longestAt("国务院联防联控机制", 0)?.values).toEqual(["国务院联防联控机制"]);
    expect(index.longestAt("国务", 0)).toBeNull();
  });

  it("finds phrases added after a lookup", () => {
    const index = indexOf(["深圳"]);
    expect(index.scan("深圳湾").map((m) => m.phrase)).toEqual(["深圳"]);
    index.add("深圳湾", "深圳湾");
    index.add("湾区", "湾区");
    expect(index.scan("深圳湾区").map((m) => m.phrase)).toEqual(["深圳湾"]);
    expect(index.longestAt("湾区", 0)?.phrase).toBe("湾区");
  });

  it("tells apart many children of one node", () => {
    const phrases = Array.from({ length: 500 }, (_, i) => `${String.fromCharCode(0x4e00 + i * 7)}${String.fromCharCode(0x4e00 + i * 3)}`);
    const index = indexOf(phrases);
    for (const phrase of phrases) expect(index.longestAt(phrase, 0)?.values).toEqual([phrase]);
    expect(index.longestAt(String.fromCharCode(0x4e01), 0)).toBeNull();
  });

  it("scans within the bounds it is given", () => {
    const index = indexOf(["深圳"]);
    expect(index.scan("深圳深圳", 1).map((m) => m.start)).toEqual([2]);
    expect(index.scan("深圳深圳", 0, 3).map((m) => m.start)).toEqual([0]);
  });
});
