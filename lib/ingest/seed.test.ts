import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase, type Database } from "@/lib/db/client";
import { syncReferenceData } from "@/lib/db/load";
import { migrateDatabase } from "@/lib/db/migrate";
import { loadKnowledge } from "@/lib/knowledge";
import { tagArticle } from "@/lib/tagger";
import { listArticleFiles } from "./article-file";
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
    const file = path.join(work, "seed.db");
    migrateDatabase(file);
    db = createDatabase({ file });
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
    const tagged = tag(readFileSync(file, "utf8"), file);
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
