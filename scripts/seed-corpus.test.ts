// The seed command on corpus files, as a researcher loads a corpus: JSONL and CSV with metadata, a
// broken record, and the same Xinhua report carried by two papers under their own headlines.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase, type Database } from "@/lib/db/client";
import { findStatements, statementCountsByRegion } from "@/lib/db/queries";
import { regionTotals } from "@/lib/db/tally-sql";
import { readArticleFile } from "@/lib/ingest/article-file";
import { statementsToCsv } from "@/lib/export/csv";

const work = mkdtempSync(path.join(tmpdir(), "atlas-seed-corpus-"));
const folder = path.join(work, "corpus");
const databaseFile = path.join(work, "corpus.db");
const bundled = (prefix: string) => readArticleFile(path.resolve("data/articles", readdirSync("data/articles").find((name) => name.startsWith(prefix))!)).raw;

function runSeed(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/seed.ts", "--quiet", ...args], {
    env: { ...process.env, DATABASE_URL: `file:${databaseFile}` },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let [stdout, stderr] = ["", ""];
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on("close", (code) => resolve({ code, stdout, stderr })));
}

describe("seed command on .jsonl and .csv corpus files", () => {
  const xinhua = bundled("001_");
  // The same report as a second paper printed it: its own headline, its own dateline, a line of its own.
  const reprint = `从严抓好疫情防控工作\n${xinhua.replace("新华社北京3月17日电", "本报北京3月17日电").replace("习近平指出", "习近平总书记指出")}\n（责任编辑：王某）`;
  const henan = bundled("004_");
  let run: Awaited<ReturnType<typeof runSeed>>;
  let db: Database;

  beforeAll(async () => {
    mkdirSync(folder);
    writeFileSync(
      path.join(folder, "central.jsonl"),
      [
        JSON.stringify({ title: "中共中央政治局常务委员会召开会议", date: "2022-03-17", source: "新华社", url: "http://www.news.cn/politics/2022-03/17/c_1.htm", text: xinhua }),
        JSON.stringify({ title: "坏记录", date: "2022-03-32", source: "新华社", text: "省委书记强调，要压实责任。" }),
        JSON.stringify({ title: "从严抓好疫情防控工作", date: "2022-03-18", source: "人民日报", url: "http://paper.people.com.cn/rmrb/2022-03/18/nw.htm", text: reprint }),
      ].join("\n"),
    );
    const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;
    writeFileSync(path.join(folder, "henan.csv"), ["title,date,source,url,author,text", `楼阳生主持省委专题会议,2022-11-18,河南日报,https://www.henandaily.cn/a.html,,${quote(henan)}`].join("\n"));
    run = await runSeed([folder]);
    db = createDatabase({ file: databaseFile, readonly: true });
  }, 300_000);
  afterAll(async () => db?.$disconnect());

  it("loads the good records, names the broken one by file and line, and exits 1", () => {
    expect(run.stderr).toMatch(/FAILED .*central\.jsonl:2: date is not a day of the calendar/);
    expect(run.stdout).toMatch(/loaded 3\b/);
    expect(run.code).toBe(1);
  });

  it("stores each article's outlet, address and date as the corpus gives them", async () => {
    const articles = await db.article.findMany({ select: { outlet: true, url: true, date: true, dateInferred: true }, orderBy: { id: "asc" } });
    expect(articles).toEqual([
      { outlet: "新华社", url: "http://www.news.cn/politics/2022-03/17/c_1.htm", date: "2022-03-17", dateInferred: false },
      { outlet: "人民日报", url: "http://paper.people.com.cn/rmrb/2022-03/18/nw.htm", date: "2022-03-18", dateInferred: false },
      { outlet: "河南日报", url: "https://www.henandaily.cn/a.html", date: "2022-11-18", dateInferred: false },
    ]);
  });

  it("counts the two papers' report as one story, its statements once, with the other paper listed", async () => {
    expect(run.stdout).toMatch(/Reprints: 1 article\(s\) reprint another, in 1 story/);
    const [xinhuaArticle, peoplesDaily] = await db.article.findMany({ orderBy: { id: "asc" }, take: 2 });
    // The fuller text counts: the reprint adds a headline and an editor's line, so it is the original here.
    const [original, copy] = peoplesDaily.content.length >= xinhuaArticle.content.length ? [peoplesDaily, xinhuaArticle] : [xinhuaArticle, peoplesDaily];
    expect(copy.reprintOf).toBe(original.id);
    const perArticle = await db.statement.count({ where: { articleId: original.id, regionCode: "central" } });
    expect(perArticle).toBeGreaterThan(5);
    expect((await regionTotals(db, {})).get("central")).toBe(perArticle);
    expect((await statementCountsByRegion(db)).find((r) => r.name === "中央")?.statements).toBe(perArticle);
    const central = await findStatements(db, { region: "central", limit: 1000 });
    expect(central).toHaveLength(perArticle);
    expect(central[0]).toMatchObject({ source: original.outlet, alsoIn: [copy.outlet], alsoInUrls: [copy.url] });
  });

  it("exports each statement with its outlet, address and article date", async () => {
    const [header, ...rows] = parse(statementsToCsv(await findStatements(db, { limit: 1000 })).slice(1)) as string[][];
    const henanRows = rows.filter((row) => row[header.indexOf("region")] === "河南");
    expect(henanRows.length).toBeGreaterThan(5);
    for (const row of henanRows) {
      expect(row[header.indexOf("source")]).toBe("河南日报");
      expect(row[header.indexOf("url")]).toBe("https://www.henandaily.cn/a.html");
      expect(row[header.indexOf("articleDate")]).toBe("2022-11-18");
    }
  });
});
