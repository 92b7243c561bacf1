// npm run load [-- --short]: the map page and the statements API under 100 concurrent connections,
// on the production build and a database of at least 100,000 statements (built once, then reused).
// Fails when any request errs, times out or is answered 5xx.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os, { tmpdir } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { Command } from "commander";
import { createDatabase } from "@/lib/db/client";
import { writeArticleCopies } from "@/lib/ingest/fixtures/article-copies";
import { listArticleFiles, readArticleFile } from "@/lib/ingest/article-file";
import { loadKnowledge } from "@/lib/knowledge";
import { tagArticle } from "@/lib/tagger";

const options = new Command()
  .name("load-test")
  .option("--short", "a quick run for the test command: 10,000 statements, 10 connections, 10 s per target")
  .option("--statements <n>", "least statements in the database", Number)
  .option("--duration <s>", "seconds per target", Number)
  .option("--connections <n>", "concurrent connections (default 100, short 10)", Number)
  .option("--port <n>", "port for the server", Number, Number(process.env.LOAD_PORT ?? process.env.E2E_PORT ?? 3100))
  .option("--build", "run next build even when a build exists")
  .parse()
  .opts<{ short?: boolean; statements?: number; duration?: number; connections?: number; port: number; build?: boolean }>();

const statementsWanted = options.statements ?? (options.short ? 10_000 : 100_000);
const duration = options.duration ?? (options.short ? 10 : 30);
const connections = options.connections ?? (options.short ? 10 : 100);
const REPORT = path.join("test-results", `load-report${options.short ? "-short" : ""}.json`);

const TARGETS = [
  { name: "map page", paths: ["/", "/?theme=surveillance", "/?level=provincial&from=2022-01-01&to=2022-12-31"] },
  {
    name: "statements API",
    paths: [
      "/api/statements",
      "/api/statements?region=henan&limit=100",
      "/api/statements?theme=surveillance&from=2022-01-01",
      `/api/statements?leader=${encodeURIComponent("楼阳生")}&limit=200`,
      "/api/statements?region=jiangsu&format=csv",
    ],
  },
];

async function statementCount(file: string): Promise<number> {
  if (!existsSync(file)) return 0;
  const db = createDatabase({ file, readonly: true });
  try {
    return await db.statement.count();
  } catch {
    return 0;
  } finally {
    await db.$disconnect();
  }
}

/** A database of copies of the bundled articles, loaded by the real seed command. */
async function loadDatabase(): Promise<string> {
  const file = path.resolve("test-results", `load-${statementsWanted}.db`);
  const have = await statementCount(file);
  if (have >= statementsWanted) {
    console.log(`Using ${file}: ${have} statements.`);
    // Applies migrations added since it was built, and rebuilds what they cleared.
    runSeed(file, ["--if-empty"]);
    return file;
  }
  const knowledge = loadKnowledge();
  const perCopy = listArticleFiles("data/articles")
    .map((f) => readArticleFile(f))
    .reduce((sum, a) => sum + tagArticle(a.raw, knowledge, { fileName: a.file }).statements.length, 0);
  const copies = Math.ceil(statementsWanted / perCopy);
  const folder = mkdtempSync(path.join(tmpdir(), "atlas-load-"));
  const files = writeArticleCopies(folder, copies);
  console.log(`Building ${file}: ${files.length} articles (${copies} copies of the bundled ones, ${perCopy} statements each copy)…`);
  const started = Date.now();
  runSeed(file, ["--reset", folder]);
  rmSync(folder, { recursive: true, force: true });
  const count = await statementCount(file);
  console.log(`Loaded ${count} statements in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
  if (count < statementsWanted) throw new Error(`${file} holds ${count} statements, fewer than ${statementsWanted}`);
  return file;
}

function runSeed(file: string, args: string[]): void {
  const seed = spawnSync(process.execPath, ["--import", "tsx", "scripts/seed.ts", "--quiet", ...args], {
    env: { ...process.env, DATABASE_URL: `file:${file}` },
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (seed.status !== 0) throw new Error(`seeding ${file} failed (exit ${seed.status})`);
}

function ensureBuild(): void {
  if (!options.build && existsSync(path.join(".next", "BUILD_ID"))) return;
  const build = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], { stdio: "inherit" });
  if (build.status !== 0) throw new Error("next build failed");
}

async function startServer(databaseFile: string): Promise<{ server: ChildProcess; url: string }> {
  const url = `http://127.0.0.1:${options.port}`;
  // As npm run serve runs it: a server process per core.
  const server = spawn(process.execPath, ["scripts/serve-cluster.mjs", "-p", String(options.port), "-H", "127.0.0.1"], {
    env: { ...process.env, DATABASE_URL: `file:${databaseFile}`, NODE_ENV: "production" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode} (is port ${options.port} taken?)`);
    try {
      if ((await fetch(`${url}/api/statements?limit=1`)).ok) return { server, url };
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within 60 s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

interface TargetFigures {
  target: string;
  connections: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  latencyMaxMs: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  status5xx: number;
}

async function drive(url: string, target: (typeof TARGETS)[number]): Promise<TargetFigures> {
  const result = await autocannon({
    url,
    connections,
    duration,
    timeout: 30,
    requests: target.paths.map((p) => ({ method: "GET", path: p })),
  });
  const status5xx = Object.entries(result.statusCodeStats)
    .filter(([code]) => code.startsWith("5"))
    .reduce((sum, [, stat]) => sum + stat.count, 0);
  return {
    target: target.name,
    connections,
    seconds: duration,
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.average),
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    latencyMaxMs: result.latency.max,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    status5xx,
  };
}

async function main(): Promise<number> {
  mkdirSync("test-results", { recursive: true });
  const databaseFile = await loadDatabase();
  ensureBuild();
  const figures: TargetFigures[] = [];
  // A fresh server per target: requests a client gave up on still run, and would slow the next target.
  for (const target of TARGETS) {
    const { server, url } = await startServer(databaseFile);
    try {
      // Warm up each route in every server process (connections are dealt in turn).
      for (let i = 0; i < 2 * os.availableParallelism(); i++) for (const p of target.paths) await fetch(url + p);
      figures.push(await drive(url, target));
    } finally {
      server.kill();
      await new Promise((resolve) => server.once("exit", resolve));
    }
  }
  const statements = await statementCount(databaseFile);
  console.table(figures);
  writeFileSync(REPORT, JSON.stringify({ date: new Date().toISOString(), statements, figures }, null, 2));
  console.log(`Database: ${statements} statements. Report: ${REPORT}`);
  const failed = figures.filter((f) => f.requests === 0 || f.errors + f.timeouts + f.non2xx + f.status5xx > 0);
  for (const f of failed) {
    console.error(`FAILED ${f.target}: ${f.requests} answered, ${f.errors} errors, ${f.timeouts} timeouts, ${f.non2xx} non-2xx (${f.status5xx} 5xx)`);
  }
  return failed.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`load test failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
