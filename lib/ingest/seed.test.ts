import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client";
import { testDatabase } from "@/lib/db/fixtures/test-database";
import { syncReferenceData } from "@/lib/db/load";
import { loadKnowledge } from "@/lib/knowledge";
import { tagArticle } from "@/lib/tagger";
import { listArticleFiles, readArticleFile } from "./article-file";
import { writeArticleCopies } from "./fixtures/article-copies";
import { referenceDataFrom } from "./reference-data";
import { seedArticles } from "./seed";

const ARTICLES = path.resolve("data/articles");
const knowledge = loadKnowledge();
const tag = (raw: string, fileName: string) => tagArticle(raw, knowledge, { fileName });

async function rowCounts(db: Database) {
  return {
    articles: await db.article.count(),
    passages: await db.passage.count(),
    statements: await db.statement.count(),
    themes: await db.statementTheme.count(),
  };
}

describe("seedArticles", () => {
  const work = mkdtempSync(path.join(tmpdir(), "atlas-seed-"));
  const folder = path.join(work, "articles");
  let db: Database;

  beforeAll(async () => {
    mkdirSync(folder);
    for (const name of readdirSync(ARTICLES)) copyFileSync(path.join(ARTICLES, name), path.join(folder, name));
    writeFileSync(path.join(folder, "000_random.txt"), Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 97 + 13) % 256)));
    writeFileSync(path.join(folder, "zz_empty.txt"), "");
    db = await testDatabase("seed");
    await syncReferenceData(db, referenceDataFrom(knowledge));
  });
  afterAll(async () => db?.$disconnect());

  it("loads every good article, reports each bad file by name, and is idempotent", async () => {
    const files = listArticleFiles(folder);
    const first = await seedArticles(db, files, tag);
    expect(first.failed.map((f) => path.basename(f.file)).sort()).toEqual(["000_random.txt", "zz_empty.txt"]);
    expect(first.failed.find((f) => f.file.endsWith("zz_empty.txt"))?.reason).toMatch(/empty/);
    expect(first.failed.find((f) => f.file.endsWith("000_random.txt"))?.reason).toMatch(/binary|UTF-8/);
    expect(first.loaded).toBe(5);
    const afterFirst = await rowCounts(db);
    expect(afterFirst.articles).toBe(5);
    expect(afterFirst.statements).toBeGreaterThan(40);

    // Each statement keeps its own region, speaker and themes once batched into one INSERT per table.
    const file = files.find((f) => f.endsWith("002_d3ff6b223ceadf1b.txt"))!;
    const tagged = tag(readArticleFile(file).raw, file);
    const stored = await db.statement.findMany({
      where: { article: { sourceFile: file } },
      orderBy: { id: "asc" },
      select: { startChar: true, speaker: true, region: { select: { name: true } }, themes: { select: { themeId: true } } },
    });
    expect(stored.map((s) => ({ start: s.startChar, speaker: s.speaker, province: s.region?.name ?? null, themes: s.themes.map((t) => t.themeId).sort() }))).toEqual(
      tagged.statements.map((s) => ({ start: s.start, speaker: s.speaker, province: s.province, themes: [...s.themes].sort() })),
    );

    const second = await seedArticles(db, files, tag);
    expect(second).toMatchObject({ loaded: 0, skipped: 5 });
    expect(await rowCounts(db)).toEqual(afterFirst);
  });

  it("replaces an article's statements when its text changes", async () => {
    const target = path.join(folder, "004_5a3c01fd3f1cbd83.txt");
    const before = await db.statement.count({ where: { article: { sourceFile: target } } });
    writeFileSync(target, "河南省委书记楼阳生11月18日强调,要压实四方责任。\n");
    const summary = await seedArticles(db, [target], tag);
    expect(summary.replaced).toBe(1);
    const after = await db.statement.findMany({ where: { article: { sourceFile: target } } });
    expect(before).toBeGreaterThan(1);
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ speaker: "楼阳生", regionCode: "henan" });
    expect(await db.article.count()).toBe(5);
  });
});

describe("seedArticles in batches", () => {
  const work = mkdtempSync(path.join(tmpdir(), "atlas-seed-batch-"));
  let db: Database;

  beforeAll(async () => {
    db = await testDatabase("seed");
    await syncReferenceData(db, referenceDataFrom(knowledge));
  });
  afterAll(async () => db?.$disconnect());

  it("loads a batch's other articles whole when one cannot be stored, and names that one", async () => {
    const files = writeArticleCopies(path.join(work, "copies"), 2);
    const broken = files[3];
    // A passage with no text breaks the NOT NULL constraint inside the batch's transaction.
    const tagBreakingOne = (raw: string, fileName: string) => {
      const tagged = tag(raw, fileName);
      if (fileName !== broken) return tagged;
      return { ...tagged, passages: tagged.passages.map((p, i) => (i === 1 ? { ...p, text: null as unknown as string } : p)) };
    };
    const summary = await seedArticles(db, files, tagBreakingOne);
    expect(summary.failed.map((f) => f.file)).toEqual([broken]);
    expect(summary.failed[0].reason).toMatch(/NOT NULL|null/i);
    expect(summary.loaded).toBe(files.length - 1);

    const stored = await db.article.findMany({ select: { sourceFile: true, _count: { select: { passages: true, statements: true } } } });
    expect(stored.map((a) => a.sourceFile).sort()).toEqual(files.filter((f) => f !== broken).sort());
    for (const article of stored) {
      const tagged = tag(readArticleFile(article.sourceFile).raw, article.sourceFile);
      expect(article._count).toEqual({ passages: tagged.passages.length, statements: tagged.statements.length });
    }
    expect(await db.passage.count({ where: { article: { sourceFile: broken } } })).toBe(0);

    const again = await seedArticles(db, files, tag);
    expect(again).toMatchObject({ loaded: 1, skipped: files.length - 1, failed: [] });
  });

  it("tags an article with the publication date its front matter gives", async () => {
    const folder = path.join(work, "dated");
    mkdirSync(folder, { recursive: true });
    const body = "省委召开常委会会议\n3月17日，省委书记楼阳生主持召开省委常委会会议，强调要从严从紧抓好疫情防控工作。";
    const file = path.join(folder, "front-matter-date.txt");
    writeFileSync(file, `---\ntitle: 省委召开常委会会议\ndate: 2022-03-18\n---\n${body}`);
    const seen: (string | null | undefined)[] = [];
    const summary = await seedArticles(db, [file], (raw, fileName, published) => {
      seen.push(published);
      return tagArticle(raw, knowledge, { fileName, published });
    });
    expect(summary.failed).toEqual([]);
    expect(seen).toEqual(["2022-03-18"]);
    const statements = await db.statement.findMany({ where: { article: { sourceFile: { endsWith: "front-matter-date.txt" } } } });
    expect(statements.length).toBeGreaterThan(0);
    for (const s of statements) expect(s.date).toBe("2022-03-17");
  });

  it("skips the second of two files with the same text in one batch", async () => {
    const folder = path.join(work, "twins");
    mkdirSync(folder);
    const text = "河南省委书记楼阳生11月18日强调,要压实四方责任。\n";
    writeFileSync(path.join(folder, "a.txt"), text);
    writeFileSync(path.join(folder, "b.txt"), text);
    const summary = await seedArticles(db, listArticleFiles(folder), tag);
    expect(summary).toMatchObject({ loaded: 1, skipped: 1, failed: [] });
    expect(await db.article.count({ where: { sourceFile: { startsWith: folder } } })).toBe(1);
  });

  it("knows a file by its real path: reached by another path after an edit, it replaces its earlier version", async () => {
    const folder = path.join(work, "one-file");
    mkdirSync(folder);
    const file = path.join(folder, "x.txt");
    writeFileSync(file, "湖北省委书记应勇2月13日强调,要守牢防线。\n");
    expect(await seedArticles(db, [file], tag)).toMatchObject({ loaded: 1 });

    writeFileSync(file, "湖北省委书记应勇2月14日强调,要应收尽收、应治尽治。\n");
    const roundabout = path.relative(process.cwd(), path.join(work, "one-file", "..", "one-file", "x.txt"));
    expect(await seedArticles(db, [roundabout], tag)).toMatchObject({ loaded: 0, replaced: 1 });
    const stored = await db.article.findMany({ where: { sourceFile: { contains: "one-file" } }, select: { sourceFile: true, content: true } });
    expect(stored).toEqual([{ sourceFile: file, content: readFileSync(file, "utf8") }]);
  });

  it("loads a file reached twice in one batch once", async () => {
    const folder = path.join(work, "linked");
    mkdirSync(folder);
    writeFileSync(path.join(folder, "a.txt"), "广东省委书记李希3月2日强调,要毫不放松抓好常态化疫情防控。\n");
    symlinkSync("a.txt", path.join(folder, "b.txt"));
    expect(await seedArticles(db, listArticleFiles(folder), tag)).toMatchObject({ loaded: 1, skipped: 1, failed: [] });
  });
});
