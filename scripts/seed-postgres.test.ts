// The seed command on PostgreSQL, as a user runs it: kill -9 mid-load, two seeds at once, --reset.
// Runs when ATLAS_TEST_POSTGRES_URL names a server (scripts/test-postgres.sh).
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase, type Database } from "@/lib/db/client";
import { staleDerivedTables } from "@/lib/db/derived";
import { newPostgresDatabase, testPostgresUrl } from "@/lib/db/fixtures/test-database";
import { writeArticleCopies } from "@/lib/ingest/fixtures/article-copies";
import { loadKnowledge } from "@/lib/knowledge";
import { tagArticle } from "@/lib/tagger";

interface SeedRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function startSeed(url: string, args: string[]) {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/seed.ts", "--quiet", ...args], { env: { ...process.env, DATABASE_URL: url }, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<SeedRun>((resolve) => child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, done };
}

async function until(condition: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const knowledge = loadKnowledge();

/** Articles whose passages or statements are not all in the database (re-tagging says how many). */
async function partialArticles(db: Database): Promise<string[]> {
  const articles = await db.article.findMany({ select: { sourceFile: true, content: true, _count: { select: { passages: true, statements: true } } } });
  return articles
    .filter((a) => {
      const tagged = tagArticle(a.content, knowledge, { fileName: a.sourceFile });
      return a._count.passages !== tagged.passages.length || a._count.statements !== tagged.statements.length;
    })
    .map((a) => a.sourceFile);
}

describe.runIf(testPostgresUrl())("seed command on PostgreSQL under crashes and contention", () => {
  const work = mkdtempSync(path.join(tmpdir(), "atlas-seed-postgres-"));
  const folder = path.join(work, "large");
  const files = writeArticleCopies(folder, 40);
  let url: string;
  let db: Database;
  beforeAll(async () => {
    url = await newPostgresDatabase(testPostgresUrl()!, "atlas_seed");
    db = createDatabase({ target: { engine: "postgres", url, readOnly: false }, readonly: true });
  });
  afterAll(async () => db?.$disconnect());
  const articles = () => db.article.count().catch(() => 0);

  it("survives kill -9 mid-load with no partial article, and a re-run completes the load and the derived tables", { timeout: 600_000 }, async () => {
    const seed = startSeed(url, [folder]);
    await until(async () => (await articles()) >= 20, 300_000);
    seed.child.kill("SIGKILL");
    expect((await seed.done).signal).toBe("SIGKILL");

    const loadedBeforeKill = await articles();
    expect(loadedBeforeKill).toBeGreaterThanOrEqual(20);
    expect(loadedBeforeKill).toBeLessThan(files.length);
    expect(await partialArticles(db)).toEqual([]);
    expect(await staleDerivedTables(db)).toContain("tally");

    // The advisory lock went with the killed seed's connection: nothing to clean up.
    const rerun = await startSeed(url, [folder]).done;
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(rerun.stdout).toContain(`loaded ${files.length - loadedBeforeKill}, replaced 0, skipped (already loaded) ${loadedBeforeKill}, failed 0.`);
    expect(await articles()).toBe(files.length);
    expect(await partialArticles(db)).toEqual([]);
    expect(await staleDerivedTables(db)).toEqual([]);
  });

  it("refuses a second seed while one runs, naming it; --reset rebuilds from scratch", { timeout: 600_000 }, async () => {
    const subset = path.join(work, "subset");
    const kept = writeArticleCopies(subset, 30);
    const first = startSeed(url, ["--reset", subset]);
    await until(async () => (await db.$queryRaw<{ held: bigint }[]>`SELECT count(*) AS "held" FROM pg_locks WHERE "locktype" = 'advisory' AND "granted"`)[0].held > 0n, 300_000);
    const second = await startSeed(url, [folder]).done;
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(/another seed \(PostgreSQL backend \d+\) is loading postgresql:\/\//);

    const firstRun = await first.done;
    expect(firstRun.code, firstRun.stderr).toBe(0);
    const loaded = (await db.article.findMany({ select: { sourceFile: true } })).map((a) => a.sourceFile);
    expect(loaded.sort()).toEqual(kept.sort());
    expect(await partialArticles(db)).toEqual([]);
  });
});
