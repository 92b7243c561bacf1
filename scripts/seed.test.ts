// The seed command end to end, as a user runs it: hostile folders, kill -9, two seeds at once.
import { spawn, execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync, chmodSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase, type Database } from "@/lib/db/client";
import { databaseProblems } from "@/lib/db/integrity";
import { writeArticleCopies } from "@/lib/ingest/fixtures/article-copies";
import { encodeGbk, encodeUtf16WithBom } from "@/lib/ingest/fixtures/legacy-encodings";
import { seedArticles } from "@/lib/ingest/seed";
import { isRunning, seedLockPath } from "@/lib/ingest/seed-lock";
import { mountTmpfs, type Mount } from "@/lib/ingest/fixtures/tmpfs";
import { loadKnowledge } from "@/lib/knowledge";
import { tagArticle } from "@/lib/tagger";

const ARTICLES = path.resolve("data/articles");
const REAL_ARTICLES = readdirSync(ARTICLES).filter((name) => name.endsWith(".txt"));
const work = mkdtempSync(path.join(tmpdir(), "atlas-seed-cli-"));
const openDatabases: Database[] = [];

interface SeedRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** The seed command; `viaNpm` starts it as users do, `npm run seed`, whose process is not the seed's. */
function startSeed(databaseFile: string, args: string[], viaNpm = false) {
  // Otherwise node itself, not a wrapper: the process id is the seed's, and kill -9 reaches it.
  const [command, ...prefix] = viaNpm ? ["npm", "run", "--silent", "seed", "--"] : [process.execPath, "--import", "tsx", "scripts/seed.ts"];
  const child = spawn(command, [...prefix, "--quiet", ...args], {
    env: { ...process.env, DATABASE_URL: `file:${databaseFile}` },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<SeedRun>((resolve) => child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, done };
}

const runSeed = (databaseFile: string, args: string[]) => startSeed(databaseFile, args).done;

function open(databaseFile: string): Database {
  const db = createDatabase({ file: databaseFile, readonly: true });
  openDatabases.push(db);
  return db;
}

async function until(condition: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const knowledge = loadKnowledge();

/** Articles whose passages or statements are not all in the database (re-tagging says how many). */
async function partialArticles(db: Database): Promise<string[]> {
  const articles = await db.article.findMany({
    select: { sourceFile: true, content: true, _count: { select: { passages: true, statements: true } } },
  });
  return articles
    .filter((a) => {
      const tagged = tagArticle(a.content, knowledge, { fileName: a.sourceFile });
      return a._count.passages !== tagged.passages.length || a._count.statements !== tagged.statements.length;
    })
    .map((a) => a.sourceFile);
}

afterAll(async () => {
  await Promise.all(openDatabases.map((db) => db.$disconnect()));
});

describe("seed command on a folder of good and bad files", () => {
  const folder = path.join(work, "mixed");
  const good: string[] = [];
  const bad = new Map<string, RegExp>();
  const article = readFileSync(path.join(ARTICLES, REAL_ARTICLES[0]), "utf8");
  const put = (name: string, content: string | Buffer, reason?: RegExp) => {
    const file = path.join(folder, name);
    writeFileSync(file, content);
    if (reason) bad.set(file, reason);
    else good.push(file);
    return file;
  };

  mkdirSync(folder, { recursive: true });
  for (const name of REAL_ARTICLES) {
    copyFileSync(path.join(ARTICLES, name), path.join(folder, name));
    good.push(path.join(folder, name));
  }
  for (let i = 1; good.length < 4_985; i++) {
    const date = `${(i % 12) + 1}月${(i % 28) + 1}日`;
    put(`short_${String(i).padStart(5, "0")}.txt`, `河南省委书记楼阳生${date}在郑州调研时强调,要压实四方责任,做好第${i}号片区的疫情防控。\n`);
  }
  const gbkArticle = "广东省委书记李希3月2日主持召开省委常委会会议,强调要毫不放松抓好常态化疫情防控。\n";
  put("encoded_gbk.txt", encodeGbk(gbkArticle));
  put("encoded_utf16.txt", encodeUtf16WithBom("江苏省委书记吴政隆4月9日强调,要严格落实入境人员闭环管理。\n"));
  put("encoded_utf8_bom.txt", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("浙江省委书记袁家军强调,要做好重点人群排查。\n")]));
  put("saved_page.txt", `<!DOCTYPE html><html><head><script>alert(1)</script></head><body><p>湖北省委书记应勇强调,要守牢防线。</p></body></html>`);
  const quiet = put("no_statement.txt", "秋天到了,公园里的银杏叶黄了,孩子们在草地上放风筝。\n");
  const duplicate = path.join(folder, "zz_copy_of_first.txt");
  copyFileSync(path.join(ARTICLES, REAL_ARTICLES[0]), duplicate);

  put("bad_empty.txt", "", /empty file/);
  put("bad_whitespace.txt", "  \n\t\n  \n", /only whitespace/);
  put("bad_random.txt", Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 7919 + 104729) % 256)), /binary data|not valid UTF-8/);
  put("bad_image.txt", Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64)]), /a PNG image/);
  const utf8 = Buffer.from(article);
  const cut = Buffer.byteLength(article.slice(0, 200));
  put("bad_damaged_utf8.txt", Buffer.concat([utf8.subarray(0, cut), Buffer.from([0xc0, 0xff]), utf8.subarray(cut)]), new RegExp(`not valid UTF-8: .* at byte ${cut}`));
  put("bad_huge.txt", Buffer.alloc(50 * 1024 * 1024, Buffer.from("疫情防控")), /too large: 52,428,800 bytes \(50\.0 MB\), over the limit of 10,485,760 bytes/);
  put("bad_english.txt", "The provincial secretary stressed epidemic prevention.\n", /no Chinese text/);
  // Unreadable files that stay unreadable for root: a symlink loop, a dangling link, a folder and a FIFO.
  symlinkSync("bad_loop.txt", path.join(folder, "bad_loop.txt"));
  bad.set(path.join(folder, "bad_loop.txt"), /symbolic link loop/);
  symlinkSync(path.join(work, "gone.txt"), path.join(folder, "bad_dangling.txt"));
  bad.set(path.join(folder, "bad_dangling.txt"), /does not exist/);
  mkdirSync(path.join(folder, "bad_folder.txt"));
  bad.set(path.join(folder, "bad_folder.txt"), /is a folder/);
  execFileSync("mkfifo", [path.join(folder, "bad_fifo.txt")]);
  bad.set(path.join(folder, "bad_fifo.txt"), /not a regular file/);
  if (process.getuid?.() !== 0) {
    chmodSync(put("bad_no_permission.txt", article), 0o000);
    good.pop();
    bad.set(path.join(folder, "bad_no_permission.txt"), /permission denied/);
  }

  it("loads every good article once, names each bad file with its reason and exits non-zero", { timeout: 240_000 }, async () => {
    expect(readdirSync(folder).length).toBeGreaterThanOrEqual(5_000);
    const databaseFile = path.join(work, "fresh-machine", "data", "atlas.db");
    const first = await runSeed(databaseFile, [folder]);
    expect(first.code).toBe(1);
    for (const [file, reason] of bad) {
      const line = first.stderr.split("\n").find((l) => l.startsWith(`FAILED ${file}: `));
      expect(line, `${file} is reported`).toBeDefined();
      expect(line).toMatch(reason);
    }
    expect(first.stdout).toContain(`loaded ${good.length}, replaced 0, skipped (already loaded) 1, failed ${bad.size}.`);

    const db = open(databaseFile);
    const loaded = (await db.article.findMany({ select: { sourceFile: true } })).map((a) => a.sourceFile);
    expect(loaded.sort()).toEqual([...good].sort());
    expect(loaded).not.toContain(duplicate);
    const gbk = await db.article.findFirstOrThrow({ where: { sourceFile: path.join(folder, "encoded_gbk.txt") } });
    expect(gbk.content).toBe(gbkArticle);
    const page = await db.article.findFirstOrThrow({ where: { sourceFile: path.join(folder, "saved_page.txt") }, include: { statements: true } });
    expect(page.content).toBe("湖北省委书记应勇强调,要守牢防线。");
    expect(page.statements.map((s) => s.speaker)).toEqual(["应勇"]);
    // Loaded as an article, with no statement: nobody speaks, for no jurisdiction, on no theme.
    expect(await db.article.count({ where: { sourceFile: quiet } })).toBe(1);
    expect(await db.statement.count({ where: { article: { sourceFile: quiet } } })).toBe(0);
    expect(databaseProblems(databaseFile)).toEqual([]);

    const again = await runSeed(databaseFile, [folder]);
    expect(again.code).toBe(1);
    expect(again.stdout).toContain(`loaded 0, replaced 0, skipped (already loaded) ${good.length + 1}, failed ${bad.size}.`);
    expect(await db.article.count()).toBe(good.length);
  });
});

describe("seed command under crashes and contention", () => {
  const folder = path.join(work, "large");
  const files = writeArticleCopies(folder, 40);
  const databaseFile = path.join(work, "crash", "atlas.db");

  it("survives kill -9 mid-load with no partial article, and a re-run completes the load", { timeout: 120_000 }, async () => {
    const seed = startSeed(databaseFile, [folder]);
    await until(async () => existsSync(databaseFile) && (await open(databaseFile).article.count().catch(() => 0)) >= 20, 60_000);
    seed.child.kill("SIGKILL");
    expect((await seed.done).signal).toBe("SIGKILL");

    expect(databaseProblems(databaseFile)).toEqual([]);
    const db = open(databaseFile);
    const loadedBeforeKill = await db.article.count();
    expect(loadedBeforeKill).toBeGreaterThanOrEqual(20);
    expect(loadedBeforeKill).toBeLessThan(files.length);
    expect(await partialArticles(db)).toEqual([]);
    expect(existsSync(seedLockPath(databaseFile))).toBe(true); // left by the killed seed

    const rerun = await runSeed(databaseFile, [folder]);
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(rerun.stdout).toContain(`loaded ${files.length - loadedBeforeKill}, replaced 0, skipped (already loaded) ${loadedBeforeKill}, failed 0.`);
    expect(await db.article.count()).toBe(files.length);
    expect(await partialArticles(db)).toEqual([]);
    expect(existsSync(seedLockPath(databaseFile))).toBe(false);
  });

  const articlesIn = (databaseFile: string) => open(databaseFile).article.count().catch(() => 0);
  const lockHolder = (databaseFile: string) => Number(readFileSync(seedLockPath(databaseFile), "utf8"));
  /** Starts `npm run seed` on a database of its own and waits until it is loading. */
  async function seedUnderWay(name: string) {
    const databaseFile = path.join(work, "stopped", `${name}.db`);
    const seed = startSeed(databaseFile, [folder], true);
    await until(async () => existsSync(seedLockPath(databaseFile)) && (await articlesIn(databaseFile)) >= 20, 60_000);
    return { seed, databaseFile, loader: lockHolder(databaseFile) };
  }

  it.each([
    ["SIGINT", 130],
    ["SIGTERM", 143],
  ] as const)("stops on %s sent to the process in its lock file: loaded articles whole, lock released, exit %i", { timeout: 120_000 }, async (signal, exitCode) => {
    const { seed, databaseFile, loader } = await seedUnderWay(signal);
    process.kill(loader, signal);
    const run = await seed.done;
    expect(run.code, run.stderr).toBe(exitCode);
    expect(run.stderr).toContain(`seed stopped: the seed was stopped by ${signal}`);
    expect(existsSync(seedLockPath(databaseFile))).toBe(false);
    expect(await articlesIn(databaseFile)).toBeLessThan(files.length);
    expect(databaseProblems(databaseFile)).toEqual([]);
    expect(await partialArticles(open(databaseFile))).toEqual([]);
  });

  it("stops when `npm run seed` is killed with kill -9, instead of loading on alone with the lock", { timeout: 120_000 }, async () => {
    const { seed, databaseFile, loader } = await seedUnderWay("npm-killed");
    seed.child.kill("SIGKILL");
    await until(async () => !isRunning(loader), 30_000);
    expect(existsSync(seedLockPath(databaseFile))).toBe(false);
    expect(await articlesIn(databaseFile)).toBeLessThan(files.length);
    expect(await partialArticles(open(databaseFile))).toEqual([]);
  });

  it("refuses a second seed while one runs; --reset rebuilds from scratch", { timeout: 120_000 }, async () => {
    const subset = path.join(work, "subset");
    const kept = writeArticleCopies(subset, 30);
    const first = startSeed(databaseFile, ["--reset", subset]);
    await until(async () => existsSync(seedLockPath(databaseFile)), 30_000);
    const second = await runSeed(databaseFile, [folder]);
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(new RegExp(`another seed \\(process ${first.child.pid}\\) is loading ${databaseFile}`));

    const firstRun = await first.done;
    expect(firstRun.code, firstRun.stderr).toBe(0);
    expect(databaseProblems(databaseFile)).toEqual([]);
    const db = open(databaseFile);
    const loaded = (await db.article.findMany({ select: { sourceFile: true } })).map((a) => a.sourceFile);
    expect(loaded.sort()).toEqual(kept.sort());
    expect(await partialArticles(db)).toEqual([]);
  });
});

describe("seed command on a full disk", () => {
  const disk = path.join(work, "small-disk");
  let mount: Mount;
  beforeAll(() => void (mount = mountTmpfs(disk, "3m")));
  afterAll(() => (mount.ok ? mount.unmount() : undefined));

  it("stops with exit 1, names the cause and every article not loaded, and releases the lock", { timeout: 120_000 }, async (context) => {
    if (!mount.ok) {
      console.warn(`skipped: ${mount.refused}`);
      return context.skip();
    }
    const files = writeArticleCopies(path.join(work, "c500"), 100);
    const databaseFile = path.join(disk, "full.db");
    const run = await runSeed(databaseFile, [path.dirname(files[0])]);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toContain("seed stopped: the disk holding the database is full (SQLITE_FULL");

    const db = open(databaseFile);
    const loaded = new Set((await db.article.findMany({ select: { sourceFile: true } })).map((a) => a.sourceFile));
    expect(loaded.size).toBeGreaterThan(0);
    expect(loaded.size).toBeLessThan(files.length);
    const notLoaded = new Set([...run.stderr.matchAll(/^NOT LOADED (\S+)$/gm)].map((m) => m[1]));
    expect([...notLoaded].sort()).toEqual(files.filter((f) => !loaded.has(f)).sort());
    expect(run.stdout).toContain(`loaded ${loaded.size}, replaced 0, skipped (already loaded) 0, failed 0, not loaded ${files.length - loaded.size}.`);
    expect(existsSync(seedLockPath(databaseFile))).toBe(false);
    expect(databaseProblems(databaseFile)).toEqual([]);
    expect(await partialArticles(db)).toEqual([]);
  });
});

describe("seed command after a seed killed between loading and rebuilding", () => {
  const derivedCounts = async (db: Database) => ({
    clauses: await db.clause.count(),
    echoes: await db.echo.count(),
    tallyRows: await db.statementTally.count(),
    tallyTotal: (await db.statementTally.aggregate({ where: { themeId: "*", period: "*" }, _sum: { statements: true } }))._sum.statements,
  });

  it("rebuilds the clauses, echoes and tally the killed seed left behind its articles", { timeout: 120_000 }, async () => {
    const folder = path.join(work, "grown");
    const databaseFile = path.join(work, "killed-before-rebuild.db");
    writeArticleCopies(folder, 5);
    expect((await runSeed(databaseFile, [folder])).code).toBe(0);
    const files = writeArticleCopies(folder, 10);
    // The state a seed killed right after its last article leaves: every article, no rebuild.
    const writer = createDatabase({ file: databaseFile });
    const loaded = await seedArticles(writer, files, (raw, fileName) => tagArticle(raw, knowledge, { fileName }));
    await writer.$disconnect();
    expect(loaded).toMatchObject({ loaded: files.length / 2, failed: [] });

    const rerun = await runSeed(databaseFile, [folder]);
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(rerun.stdout).toContain(`loaded 0, replaced 0, skipped (already loaded) ${files.length}, failed 0.`);
    const clean = path.join(work, "clean-run.db");
    expect((await runSeed(clean, [folder])).code).toBe(0);
    const expected = await derivedCounts(open(clean));
    expect(expected.echoes).toBeGreaterThan(0);
    expect(await derivedCounts(open(databaseFile))).toEqual(expected);
  });
});

describe("seed --reset under a running server", () => {
  it("empties the database in place: a server reading it sees the new articles, not a deleted file", { timeout: 120_000 }, async () => {
    const databaseFile = path.join(work, "served.db");
    const before = writeArticleCopies(path.join(work, "served-before"), 2);
    const after = writeArticleCopies(path.join(work, "served-after"), 1);
    expect((await runSeed(databaseFile, [path.dirname(before[0])])).code).toBe(0);
    // The app's connection, as the server holds it.
    const server = open(databaseFile);
    expect(await server.article.count()).toBe(before.length);

    const reset = await runSeed(databaseFile, ["--reset", path.dirname(after[0])]);
    expect(reset.code, reset.stderr).toBe(0);
    expect((await server.article.findMany({ select: { sourceFile: true } })).map((a) => a.sourceFile).sort()).toEqual([...after].sort());
    const deleted = readdirSync("/proc/self/fd")
      .map((fd) => { try { return readlinkSync(path.join("/proc/self/fd", fd)); } catch { return ""; } })
      .filter((target) => target.startsWith(databaseFile) && target.endsWith("(deleted)"));
    expect(deleted).toEqual([]);
    expect(databaseProblems(databaseFile)).toEqual([]);
  });
});

describe("seed --if-empty on a database already loaded", () => {
  it("rebuilds a tally that a migration cleared, and leaves the articles alone", { timeout: 120_000 }, async () => {
    const databaseFile = path.join(work, "if-empty.db");
    const first = await runSeed(databaseFile, [ARTICLES]);
    expect(first.code, first.stderr).toBe(0);
    // What a migration that changes the tally's rows does: clear them and the mark of a complete tally.
    const writer = createDatabase({ file: databaseFile });
    await writer.$transaction([writer.statementTally.deleteMany(), writer.derivedTable.delete({ where: { name: "tally" } })]);
    await writer.$disconnect();

    const again = await runSeed(databaseFile, ["--if-empty", ARTICLES]);
    expect(again.code, again.stderr).toBe(0);
    const db = open(databaseFile);
    expect(await db.article.count()).toBe(REAL_ARTICLES.length);
    const total = await db.statementTally.aggregate({ where: { themeId: "*", period: "*" }, _sum: { statements: true } });
    expect(total._sum.statements).toBe(await db.statement.count());
  });
});
