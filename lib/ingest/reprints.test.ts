import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readArticleFile } from "./article-file";
import { readCorpusFile } from "./corpus-file";
import { containment, findReprints, isReprint, shingleHashes } from "./reprints";

const xinhua = readArticleFile(path.resolve("data/articles", readdirSync("data/articles").find((name) => name.startsWith("001_"))!)).raw;

/** The same report under another paper's header, with its dateline dropped and a line of its own. */
function reprinted(text: string): string {
  return `人民日报 2022年03月18日 第01版\n从严抓好疫情防控工作\n${text.replace("新华社北京3月17日电", "本报北京3月17日电").replace("习近平指出", "习近平总书记指出")}\n（责任编辑：王某）`;
}

describe("findReprints", () => {
  it("groups a report with its reprint under another headline and dateline, the fuller text as the original", () => {
    const short = xinhua.slice(0, Math.floor(xinhua.length * 0.9));
    const groups = findReprints([
      { id: 1, text: short },
      { id: 2, text: reprinted(xinhua) },
      { id: 3, text: readArticleFile(path.resolve("data/articles", readdirSync("data/articles").find((name) => name.startsWith("004_"))!)).raw },
    ]);
    expect(groups).toEqual([{ original: 2, reprints: [{ id: 1, similarity: expect.any(Number) }] }]);
    expect(groups[0].reprints[0].similarity).toBeGreaterThan(0.9);
  });

  it("reads traditional characters as their simplified forms", () => {
    expect(shingleHashes("會議強調，要堅持人民至上")).toEqual(shingleHashes("会议强调，要坚持人民至上"));
  });

  it("does not take a long story that quotes a whole report for its reprint", () => {
    const localNews = ["000_", "004_"].map((prefix) => readArticleFile(path.resolve("data/articles", readdirSync("data/articles").find((name) => name.startsWith(prefix))!)).raw);
    const local = `省委常委会传达学习中央政治局常委会会议精神。\n${xinhua}\n${localNews.join("\n")}`;
    const [a, b] = [new Set(shingleHashes(xinhua)), new Set(shingleHashes(local))];
    expect(containment(a, b)).toBeGreaterThan(0.95);
    expect(isReprint(a, b)).toBe(false);
  });

  it("checks a bucket of many copies of one report against one member each, not every pair", () => {
    const copies = Array.from({ length: 300 }, (_, i) => ({ id: i + 1, text: `${xinhua}\n转载编号${i + 1}` }));
    const [group] = findReprints(copies);
    expect(group.reprints).toHaveLength(299);
  });
});

describe("reprints measured on real pages (eval/reprints)", () => {
  // Reprints found on the web, each labelled with its story; the bundled articles stand beside them.
  const corpus = readCorpusFile(path.resolve("eval/reprints/reprints.jsonl"));
  const bundled = readdirSync("data/articles").map((name) => ({ story: `bundled-${name.slice(0, 3)}`, text: readArticleFile(path.resolve("data/articles", name)).raw }));
  bundled[1].story = "psc-2022-03-17";
  bundled[2].story = "psc-2020-02-03";
  // The story label rides along in each record; the corpus reader leaves fields it does not know.
  const lines = readFileSync("eval/reprints/reprints.jsonl", "utf8").split("\n");
  const labelled = [...bundled, ...corpus.records.map((r) => ({ story: (JSON.parse(lines[r.line - 1]) as { story: string }).story, text: r.raw }))];
  const groups = findReprints(labelled.map((item, i) => ({ id: i, text: item.text })));
  const grouped = groups.flatMap((g) => g.reprints.map((r) => [g.original, r.id]));

  it("reads every record", () => {
    expect(corpus.problems).toEqual([]);
    expect(corpus.records.length).toBeGreaterThanOrEqual(10);
  });

  it("never groups two different stories, even on the same meeting", () => {
    for (const [a, b] of grouped) expect(labelled[a].story, `${a} and ${b}`).toBe(labelled[b].story);
  });

  it("groups the reprints of comparable length", () => {
    const sets = labelled.map((item) => new Set(shingleHashes(item.text)));
    const comparable: [number, number][] = [];
    for (let a = 0; a < labelled.length; a++) {
      for (let b = a + 1; b < labelled.length; b++) {
        const ratio = Math.min(sets[a].size, sets[b].size) / Math.max(sets[a].size, sets[b].size);
        if (labelled[a].story === labelled[b].story && ratio >= 0.4) comparable.push([a, b]);
      }
    }
    expect(comparable.length).toBeGreaterThanOrEqual(3);
    const root = new Map(groups.flatMap((g) => [[g.original, g.original], ...g.reprints.map((r) => [r.id, g.original] as [number, number])]));
    for (const [a, b] of comparable) expect(root.get(a) ?? a, `${a} and ${b}`).toBe(root.get(b) ?? b);
  });
});
