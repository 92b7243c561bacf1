import Sqlite from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "./client";
import { seededDatabase } from "./fixtures/seeded-database";
import { loadKnowledge } from "@/lib/knowledge";
import { tagArticle } from "@/lib/tagger";
import { loadArticles, type ArticleToLoad } from "./load";
import { findStatements, inIdChunks, searchStatements } from "./queries";
import {
  countMatches,
  foldsLikeLower,
  ftsPhraseQuery,
  matchingStatementIds,
  probeMatchingIds,
  searchMatches,
  searchTerms,
  type SearchBounds,
  type SearchQuery,
} from "./statement-sql";

// The bundled articles hold 141 statements: small bounds send a search down each route.
const PROBE_FIRST: Partial<SearchBounds> = { fewHits: 1, probeRows: 5 };
const INDEX_ONLY: Partial<SearchBounds> = { fewHits: 0, probeRows: 0 };
const ONE_PASS: Partial<SearchBounds> = { fewHits: 1_000_000 };

describe("searchTerms", () => {
  it("normalises the words a reader types like article text", () => {
    expect(searchTerms("監測預警")).toEqual(["监测预警"]);
    expect(searchTerms(" 发(fā)布　预警 预警 ")).toEqual(["发布", "预警"]);
  });

  it("quotes every term, so FTS operators typed by a reader stay plain text", () => {
    expect(ftsPhraseQuery(['监测"预警', "NEAR(a b)"])).toBe('"监测""预警" AND "NEAR(a b)"');
  });
});

describe("foldsLikeLower", () => {
  it("accepts exactly the characters the trigram index matches as lower() does", () => {
    const index = new Sqlite(":memory:");
    index.exec(`CREATE VIRTUAL TABLE f USING fts5(text, tokenize="trigram")`);
    const insert = index.prepare("INSERT INTO f (rowid, text) VALUES (?, ?)");
    const codePoints = Array.from({ length: 0x10000 - 0x20 }, (_, i) => i + 0x20).filter((c) => c < 0xd800 || c > 0xdfff);
    index.transaction(() => codePoints.forEach((c) => insert.run(c, `x${String.fromCodePoint(c)}x`)))();
    const match = index.prepare("SELECT rowid FROM f WHERE f MATCH ?").pluck();
    const asciiLower = (c: string) => c.replace(/[A-Z]/, (l) => l.toLowerCase());
    const differing: string[] = [];
    for (const c of codePoints.map((c) => String.fromCodePoint(c)).filter((c) => c !== '"' && foldsLikeLower(c))) {
      const matched = (match.all(`"x${c}x"`) as number[]).map((r) => String.fromCodePoint(r));
      if (matched.some((m) => asciiLower(m) !== asciiLower(c))) differing.push(c);
    }
    index.close();
    expect(differing).toEqual([]);
    expect(["k", "S", "é", "Д"].filter(foldsLikeLower)).toEqual([]);
    expect(["疫", "a", "Z", "7", "，"].every(foldsLikeLower)).toBe(true);
  });
});

describe("inIdChunks", () => {
  it("sends long id lists in chunks Prisma accepts and gathers every row", async () => {
    const ids = Array.from({ length: 1_201 }, (_, i) => i + 1);
    const chunks: number[][] = [];
    const rows = await inIdChunks(ids, async (chunk) => {
      chunks.push(chunk);
      return chunk.map((id) => ({ id }));
    });
    expect(chunks.map((c) => c.length)).toEqual([500, 500, 201]);
    expect(rows.map((r) => r.id)).toEqual(ids);
  });
});

describe("searchStatements on the bundled articles (SQLite's search routes)", () => {
  let db: Database;
  beforeAll(async () => {
    db = await seededDatabase("sqlite");
  }, 60_000);
  afterAll(() => db.$disconnect());

  it("finds every statement containing the words, and only those", async () => {
    const all = await findStatements(db, { limit: 10_000 });
    const expected = all.filter((s) => s.text.includes("监测") && s.text.includes("预警")).map((s) => s.id).sort();
    expect(expected.length).toBeGreaterThan(2);
    const result = await searchStatements(db, { q: "监测 预警", limit: 1_000 });
    expect(result.statements.map((s) => s.id).sort()).toEqual(expected);
    expect(result.total).toEqual({ count: expected.length, exact: true });
    expect(result.byRegion?.reduce((sum, r) => sum + r.statements, 0)).toBe(expected.length);
  });

  it("matches two-character words through the bigram index exactly as instr does on the text", async () => {
    const all = await findStatements(db, { limit: 10_000 });
    const result = await searchStatements(db, { q: "预警", limit: 1_000 });
    expect(result.total).toEqual({ count: all.filter((s) => s.text.includes("预警")).length, exact: true });
  });

  // Common, rare, digits, Latin letters in either case, absent, and mixed with a word the index cannot serve.
  const TWO_CHARACTER_QUERIES = ["疫情", "防控", "预警", "核酸", "12", "ng", "NG", "Ng", "无此", "疫情 预警", "疫情 ：", "防控 12"];

  it.each(TWO_CHARACTER_QUERIES)("finds through the bigram index the ids instr finds, in the same order, with the same counts: %s", async (q) => {
    const words = searchTerms(q);
    for (const order of ["newest", "oldest"] as const) {
      const direction = order === "newest" ? "DESC" : "ASC";
      const scanned = (
        await db.$queryRawUnsafe<{ id: number | bigint }[]>(
          `SELECT "id" FROM "Statement" WHERE ${words.map(() => `instr("text", ?) > 0`).join(" AND ")} ORDER BY "date" ${direction}, "id" ${direction}`,
          ...words,
        )
      ).map((r) => Number(r.id));
      for (const bounds of [INDEX_ONLY, PROBE_FIRST, ONE_PASS]) {
        expect(await matchingStatementIds(db, { q }, 1_000, order, 0, bounds)).toEqual(scanned);
        expect(await matchingStatementIds(db, { q }, 3, order, 2, bounds)).toEqual(scanned.slice(2, 5));
      }
      if (order === "oldest") continue;
      for (const bounds of [ONE_PASS, { ...PROBE_FIRST, scanRows: 1_000 }, { ...PROBE_FIRST, scanRows: 0 }, { ...INDEX_ONLY, scanRows: 0 }]) {
        const { ids, count } = await searchMatches(db, { q }, 10, { ...bounds, countCap: null });
        expect(ids).toEqual(scanned.slice(0, 10));
        expect(count).toMatchObject({ total: scanned.length, exact: true });
        expect(count.byRegion?.reduce((sum, r) => sum + r.statements, 0)).toBe(scanned.length);
        if (scanned.length > 2) expect(await countMatches(db, { q }, { ...bounds, countCap: 2 })).toEqual({ total: 2, exact: false, byRegion: null });
      }
    }
  });

  it("forgets the bigrams of the statements an article's new version replaces", async () => {
    const hits = async (word: string) =>
      (await db.$queryRaw<{ id: number | bigint }[]>`SELECT "rowid" AS "id" FROM "StatementBigram" WHERE "StatementBigram" MATCH ${ftsPhraseQuery([word])}`).map((r) => Number(r.id));
    const content = "省委书记张三强调，要加强鼠疫监测。";
    const article = (text: string, hash: string): ArticleToLoad => ({
      sourceFile: "replaced-article.txt",
      contentHash: hash,
      content: text,
      tagged: tagArticle(text, loadKnowledge(), { fileName: "replaced-article.txt" }),
    });
    expect(await loadArticles(db, [article(content, "bigram-v1")])).toEqual(["loaded"]);
    const loaded = await hits("鼠疫");
    expect(loaded.length).toBeGreaterThan(0);
    expect(await loadArticles(db, [article(content.replace("鼠疫", "登革热"), "bigram-v2")])).toEqual(["replaced"]);
    expect(await hits("鼠疫")).toEqual([]);
    expect((await searchStatements(db, { q: "鼠疫", limit: 10 })).total.count).toBe(0);
    expect((await searchStatements(db, { q: "革热", limit: 10 })).total.count).toBeGreaterThan(0);
  });

  it("applies the map's filters to the matches", async () => {
    const everywhere = await searchStatements(db, { q: "疫情防控", limit: 1_000 });
    const henan = await searchStatements(db, { q: "疫情防控", region: "henan", limit: 1_000 });
    expect(henan.total.count).toBeGreaterThan(0);
    expect(henan.total.count).toBeLessThan(everywhere.total.count);
    expect(henan.byRegion?.map((r) => r.code)).toEqual(["henan"]);
    const themed = await searchStatements(db, { q: "疫情防控", theme: "surveillance", limit: 1_000 });
    expect(themed.statements.every((s) => s.themes.some((t) => t.id === "surveillance"))).toBe(true);
  });

  it("takes FTS syntax and SQL as literal text: no error, only statements containing it", async () => {
    await expect(searchStatements(db, { q: "没有这句话的文本", limit: 10 })).resolves.toMatchObject({ total: { count: 0, exact: true } });
    for (const q of ['" OR 1=1 --', "NEAR(疫情 防控)", "*", "a AND", "疫情 OR 防控"]) {
      const result = await searchStatements(db, { q, limit: 1_000 });
      const terms = searchTerms(q);
      expect(result.statements.every((s) => terms.every((t) => s.text.toLowerCase().includes(t.toLowerCase())))).toBe(true);
    }
  });

  it("pages through the API's records, with or without search words", async () => {
    for (const query of [{}, { q: "疫情" }]) {
      const all = await findStatements(db, { ...query, limit: 10_000 });
      expect(all.length).toBeGreaterThan(10);
      const pages = [0, 5, 10].map((offset) => findStatements(db, { ...query, limit: 5, offset }));
      expect((await Promise.all(pages)).flat().map((r) => r.id)).toEqual(all.slice(0, 15).map((r) => r.id));
    }
  });

  it("gives the API the matches oldest first", async () => {
    const records = await findStatements(db, { q: "监测预警", limit: 1_000 });
    expect(records.length).toBeGreaterThan(0);
    expect(records.every((r) => r.text.includes("监测预警"))).toBe(true);
    const dates = records.map((r) => r.date ?? "");
    expect(dates).toEqual([...dates].sort());
  });

  const QUERIES: SearchQuery[] = [
    { q: "疫情防控" },
    { q: "疫情防控 工作" },
    { q: "疫情防控", region: "henan" },
    { q: "疫情防控", theme: "emergency-response" },
    { q: "疫情防控", from: "2020-02-12", to: "2022-11-17" },
    { q: "习近平", level: "central" },
    { q: "会议强调" },
  ];

  it.each(QUERIES)("finds by probing the newest (or oldest) statements what the index finds, in the same order: %j", async (query) => {
    let settled = 0;
    for (const order of ["newest", "oldest"] as const) {
      for (const need of [1, 3, 10, 40]) {
        const throughIndex = await matchingStatementIds(db, query, need, order, 0, INDEX_ONLY);
        const probed = await probeMatchingIds(db, query, need, order, PROBE_FIRST);
        if (probed) {
          settled++;
          expect(probed).toEqual(throughIndex);
        }
        expect(await matchingStatementIds(db, query, need, order, 0, PROBE_FIRST)).toEqual(throughIndex);
      }
    }
    expect(settled).toBeGreaterThan(0);
  });

  it("pages the probe's matches as the index's", async () => {
    const query = { q: "疫情防控" };
    const all = await matchingStatementIds(db, query, 100, "oldest", 0, INDEX_ONLY);
    expect(await probeMatchingIds(db, query, 14, "oldest", PROBE_FIRST)).toEqual(all.slice(0, 14));
    for (const offset of [0, 4, 9]) expect(await matchingStatementIds(db, query, 5, "oldest", offset, PROBE_FIRST)).toEqual(all.slice(offset, offset + 5));
  });

  it.each(QUERIES)("gives the search page the same statements and counts whichever route answers: %j", async (query) => {
    const onePass = await searchMatches(db, query, 10, { ...ONE_PASS, countCap: null });
    expect(onePass.count.exact).toBe(true);
    for (const bounds of [
      { ...PROBE_FIRST, scanRows: 1_000 },
      { ...PROBE_FIRST, scanRows: 0 },
      { ...INDEX_ONLY, scanRows: 0 },
    ]) {
      expect(await searchMatches(db, query, 10, { ...bounds, countCap: null })).toEqual(onePass);
    }
  });

  it.each([
    ["the index's hits", { fewHits: 0, scanRows: 0 }],
    ["the statements", { fewHits: 0, scanRows: 1_000 }],
    ["one pass over the hits", ONE_PASS],
  ])("stops counting at the cap and says so, reading %s", async (_, route) => {
    const all = await findStatements(db, { limit: 10_000 });
    for (const query of [{ q: "疫情防控" }, { q: "疫情防控", region: "central" }]) {
      const expected = all.filter((s) => s.text.includes("疫情防控") && (!query.region || s.regionEn === "Central")).length;
      expect(expected).toBeGreaterThan(10);
      const uncapped = await searchMatches(db, query, 10, { ...route, countCap: null });
      expect(uncapped.count).toMatchObject({ total: expected, exact: true });
      expect(uncapped.count.byRegion?.reduce((sum, r) => sum + r.statements, 0)).toBe(expected);
      expect((await searchMatches(db, query, 10, { ...route, countCap: expected })).count).toEqual(uncapped.count);
      expect((await searchMatches(db, query, 10, { ...route, countCap: expected - 1 })).count).toEqual({ total: expected - 1, exact: false, byRegion: null });
      expect(await countMatches(db, query, { ...route, countCap: 5 })).toEqual({ total: 5, exact: false, byRegion: null });
    }
  });

  it("marks a capped total as not exact on the page's result, and counts them all when asked (count=all)", async () => {
    const all = await findStatements(db, { limit: 10_000 });
    const expected = all.filter((s) => s.text.includes("疫情防控")).length;
    const capped = await searchStatements(db, { q: "疫情防控", limit: 20 }, { countCap: 10 });
    expect(capped.total).toEqual({ count: 10, exact: false });
    expect(capped.byRegion).toBeNull();
    expect(capped.statements).toHaveLength(20);
    const counted = await searchStatements(db, { q: "疫情防控", limit: 20 }, { countCap: null });
    expect(counted.total).toEqual({ count: expected, exact: true });
    expect(counted.statements.map((s) => s.id)).toEqual(capped.statements.map((s) => s.id));
  });
});

describe("search over undated statements and Latin letters", () => {
  let db: Database;
  beforeAll(async () => {
    db = await seededDatabase("sqlite");
    // Three statements with the words lose their date; three more spell words in Latin letters.
    await db.$executeRaw`UPDATE "Statement" SET "date" = NULL WHERE "id" IN (SELECT "id" FROM "Statement" WHERE instr("text", '疫情防控') > 0 ORDER BY "id" LIMIT 3)`;
    const { articleId } = await db.statement.findFirstOrThrow({ select: { articleId: true } });
    for (const [text, date] of [
      ["要加强Omicron变异株监测", "2022-03-17"],
      ["OMICRON病例继续增加", null],
      ["严防\u212Araken变异株输入", "2023-02-16"],
    ] as const) {
      await db.statement.create({ data: { articleId, text, date, startChar: 0, endChar: text.length, evidence: "[]" } });
    }
  }, 60_000);
  afterAll(() => db.$disconnect());

  // A probe that reads every statement at once: whatever it answers, it answers alone.
  const WHOLE_WINDOW: Partial<SearchBounds> = { fewHits: 1_000, probeRows: 1_000 };

  it("puts undated statements last newest first and first oldest first, on every route", async () => {
    const undated = (await db.statement.findMany({ where: { date: null }, select: { id: true }, orderBy: { id: "asc" } })).map((s) => s.id);
    const query = { q: "疫情防控" };
    const oldest = await matchingStatementIds(db, query, 200, "oldest", 0, INDEX_ONLY);
    expect(oldest.slice(0, 3)).toEqual(undated.slice(0, 3));
    expect((await matchingStatementIds(db, query, 200, "newest", 0, INDEX_ONLY)).slice(-3)).toEqual(undated.slice(0, 3).reverse());
    expect(await probeMatchingIds(db, query, 5, "oldest", PROBE_FIRST)).toEqual(oldest.slice(0, 5));
    for (const order of ["newest", "oldest"] as const) {
      const throughIndex = await matchingStatementIds(db, query, 200, order, 0, INDEX_ONLY);
      expect(await probeMatchingIds(db, query, 200, order, WHOLE_WINDOW)).toEqual(throughIndex);
      for (const need of [2, 5, 30]) expect(await matchingStatementIds(db, query, need, order, 0, PROBE_FIRST)).toEqual(throughIndex.slice(0, need));
    }
  });

  it("matches Latin letters in any case when probing, as the index does", async () => {
    for (const q of ["omicron", "OMICRON", "Omicron变异株"]) {
      const throughIndex = await matchingStatementIds(db, { q }, 10, "newest", 0, INDEX_ONLY);
      expect(throughIndex.length).toBeGreaterThan(0);
      expect(await probeMatchingIds(db, { q }, 10, "newest", WHOLE_WINDOW)).toEqual(throughIndex);
    }
    expect(await matchingStatementIds(db, { q: "omicron" }, 10, "newest", 0, INDEX_ONLY)).toHaveLength(2);
  });

  it("leaves to the index the letters lower() cannot fold as it does (the Kelvin sign matches k)", async () => {
    const throughIndex = await matchingStatementIds(db, { q: "kraken" }, 10, "newest", 0, INDEX_ONLY);
    expect(throughIndex).toHaveLength(1);
    expect(await probeMatchingIds(db, { q: "kraken" }, 10, "newest", WHOLE_WINDOW)).toBeNull();
    expect(await searchMatches(db, { q: "kraken" }, 10, WHOLE_WINDOW)).toMatchObject({ ids: throughIndex, count: { total: 1, exact: true } });
  });
});
