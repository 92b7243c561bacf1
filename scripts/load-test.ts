// npm run load [-- --short]: the production server under concurrent connections, on a small
// database (the bundled articles) and a large one (1,000,000 statements; 10,000 with --short),
// measured beside a minimal node:http server answering the statements API's query from the same
// database with the same number of processes (scripts/reference-server.mjs). Budgets are ratios
// within one run, so a busy machine slows both sides: the statements API at least half the
// reference's requests/s, its p99 at most 4× its p50, and no error, timeout, non-2xx or 5xx
// anywhere. --short (npm test) checks the errors and reports the ratios without judging them.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { Command } from "commander";
import { ensureQueryDatabase } from "@/lib/bench/query-database";
import { createDatabase } from "@/lib/db/client";
import type { ArticleToLoad } from "@/lib/db/load";
import { listArticleFiles, readArticleFile } from "@/lib/ingest/article-file";
import { loadKnowledge } from "@/lib/knowledge";
import { tagArticle } from "@/lib/tagger";

const options = new Command()
  .name("load-test")
  .option("--short", "a quick run for the test command: 10,000 statements, 10 connections, 5 s per measurement, ratios reported only")
  .option("--statements <n>", "statements in the large database (default 1,000,000, short 10,000)", Number)
  .option("--duration <s>", "seconds per measurement (default 15, short 5)", Number)
  .option("--connections <n>", "concurrent connections (default 50, short 10)", Number)
  .option("--port <n>", "port for the app; the reference server takes the next one", Number, Number(process.env.LOAD_PORT ?? process.env.E2E_PORT ?? 3100))
  .option("--build", "run next build even when a build exists")
  .parse()
  .opts<{ short?: boolean; statements?: number; duration?: number; connections?: number; port: number; build?: boolean }>();

const largeStatements = options.statements ?? (options.short ? 10_000 : 1_000_000);
const duration = options.duration ?? (options.short ? 5 : 15);
const connections = options.connections ?? (options.short ? 10 : 50);
const workers = os.availableParallelism();
const REPORT = path.join("test-results", `load-report${options.short ? "-short" : ""}.json`);

/** The query both servers answer: the first 100 statements in the API's order. */
const STATEMENTS_QUERY = "/api/statements";
const MIXED_API_PATHS = [
  "/api/statements?region=henan&limit=100",
  "/api/statements?theme=surveillance&from=2022-01-01",
  `/api/statements?leader=${encodeURIComponent("楼阳生")}&limit=200`,
  "/api/statements?region=jiangsu&format=csv",
  `/api/statements?q=${encodeURIComponent("监测预警")}`,
];

interface Figures {
  database: string;
  target: string;
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

interface Verdict {
  name: string;
  value: number;
  budget?: { op: ">=" | "<="; value: number };
}

async function statementCount(file: string): Promise<number> {
  const db = createDatabase({ file, readonly: true });
  try {
    return await db.statement.count();
  } finally {
    await db.$disconnect();
  }
}

/** The bundled articles loaded by the real seed command. */
function smallDatabase(): string {
  const file = path.resolve("test-results", "load-small.db");
  runSeed(file, existsSync(file) ? ["--if-empty"] : ["--reset"]);
  return file;
}

/** Copies of the tagged bundled articles inserted raw (the benchmark's builder), kept between runs. */
async function largeDatabase(): Promise<string> {
  const file = path.resolve("test-results", `load-${largeStatements}.db`);
  const knowledge = loadKnowledge();
  const tagged = (): ArticleToLoad[] =>
    listArticleFiles("data/articles").map((f) => {
      const article = readArticleFile(f);
      return { sourceFile: article.file, contentHash: article.contentHash, content: article.raw, tagged: tagArticle(article.raw, knowledge, { fileName: article.file }) };
    });
  const started = Date.now();
  const { built } = await ensureQueryDatabase(file, knowledge, tagged, largeStatements);
  if (built) console.log(`Built ${file} in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
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

type Server = { process: ChildProcess; url: string };

/** The app as npm run serve serves it, or the reference server; resolves once it answers. */
async function startServer(kind: "app" | "reference", databaseFile: string): Promise<Server> {
  const port = kind === "app" ? options.port : options.port + 1;
  const script = kind === "app" ? ["--import", "tsx", "scripts/serve-cluster.mjs"] : ["scripts/reference-server.mjs"];
  const child = spawn(process.execPath, [...script, "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, DATABASE_URL: `file:${databaseFile}`, NODE_ENV: "production", WEB_WORKERS: String(workers) },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the ${kind} server exited with ${child.exitCode} (is port ${port} taken?)`);
    try {
      if ((await fetch(`${url}${STATEMENTS_QUERY}`)).ok) return { process: child, url };
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within 60 s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function stopServer(server: Server): Promise<void> {
  server.process.kill();
  await new Promise((resolve) => server.process.once("exit", resolve));
}

/** Warms every server process up on the paths (connections are dealt in turn), then drives them. */
async function drive(server: Server, database: string, target: string, paths: string[]): Promise<Figures> {
  for (let i = 0; i < 4 * workers; i++) for (const p of paths) await fetch(server.url + p);
  const result = await autocannon({ url: server.url, connections, duration, timeout: 30, requests: paths.map((p) => ({ method: "GET", path: p })) });
  const status5xx = Object.entries(result.statusCodeStats)
    .filter(([code]) => code.startsWith("5"))
    .reduce((sum, [, stat]) => sum + stat.count, 0);
  const figures: Figures = {
    database,
    target,
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
  console.log(`  ${target}: ${figures.requestsPerSecond} requests/s, p50 ${figures.latencyP50Ms} ms, p99 ${figures.latencyP99Ms} ms`);
  return figures;
}

/** Each target on a fresh app server (requests a client gave up on still run, and would slow the next). */
async function measure(database: string, file: string): Promise<{ figures: Figures[]; verdicts: Verdict[] }> {
  console.log(`${database}: ${await statementCount(file)} statements, ${workers} server processes, ${connections} connections, ${duration} s each`);
  const onApp = async (target: string, paths: string[]) => {
    const app = await startServer("app", file);
    try {
      return await drive(app, database, target, paths);
    } finally {
      await stopServer(app);
    }
  };
  const reference = await startServer("reference", file);
  let referenceFigures: Figures;
  try {
    referenceFigures = await drive(reference, database, "node:http reference, statements query", [STATEMENTS_QUERY]);
  } finally {
    await stopServer(reference);
  }
  const api = await onApp("statements API, same query", [STATEMENTS_QUERY]);
  const map = await onApp("map page", ["/"]);
  const mixed = await onApp("statements API, filters, search and CSV", MIXED_API_PATHS);
  const figures = [referenceFigures, api, map, mixed];
  const judged = (budget: Verdict["budget"]) => (options.short ? undefined : budget);
  const verdicts: Verdict[] = [
    { name: `${database}: statements API ÷ reference, requests/s`, value: api.requestsPerSecond / referenceFigures.requestsPerSecond, budget: judged({ op: ">=", value: 0.5 }) },
    { name: `${database}: statements API p99 ÷ p50`, value: api.latencyP99Ms / Math.max(api.latencyP50Ms, 1), budget: judged({ op: "<=", value: 4 }) },
    { name: `${database}: map page ÷ reference, requests/s`, value: map.requestsPerSecond / referenceFigures.requestsPerSecond },
    { name: `${database}: map page p99 ÷ p50`, value: map.latencyP99Ms / Math.max(map.latencyP50Ms, 1) },
    {
      name: `${database}: requests unanswered, timed out, non-2xx or 5xx`,
      value: figures.reduce((sum, f) => sum + f.errors + f.timeouts + f.non2xx + f.status5xx + (f.requests === 0 ? 1 : 0), 0),
      budget: { op: "<=", value: 0 },
    },
  ];
  return { figures, verdicts };
}

function passes(v: Verdict): boolean {
  return !v.budget || (v.budget.op === ">=" ? v.value >= v.budget.value : v.value <= v.budget.value);
}

async function main(): Promise<number> {
  mkdirSync("test-results", { recursive: true });
  const small = smallDatabase();
  const large = await largeDatabase();
  ensureBuild();
  const runs = [await measure("small database", small), await measure(`${largeStatements.toLocaleString("en")}-statement database`, large)];
  const figures = runs.flatMap((r) => r.figures);
  const verdicts = runs.flatMap((r) => r.verdicts);
  console.table(figures);
  for (const v of verdicts) {
    const label = !v.budget ? "INFO" : passes(v) ? "PASS" : "FAIL";
    console.log(`${label} ${v.name}: ${v.value.toFixed(2)}${v.budget ? ` (budget ${v.budget.op} ${v.budget.value})` : ""}`);
  }
  writeFileSync(REPORT, JSON.stringify({ date: new Date().toISOString(), workers, connections, duration, figures, verdicts }, null, 2));
  console.log(`Report: ${REPORT}`);
  return verdicts.every(passes) ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`load test failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
