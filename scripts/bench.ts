// npm run bench [-- --size small]: measures the pipeline on a synthetic corpus and checks each
// figure against its budget. Figures are from one run on a shared machine: compare ratios.
// npm run bench -- --engine postgres|both --postgres-url URL: the query cases and the seed on
// PostgreSQL (beside SQLite with both), side by side.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Command } from "commander";
import { insertArticlesRaw } from "@/lib/db/bulk-insert";
import { createDatabase } from "@/lib/db/client";
import { isFullLoadBatch, LOAD_BATCH, loadArticles, syncReferenceData, type ArticleToLoad } from "@/lib/db/load";
import { migrateDatabase } from "@/lib/db/migrate";
import { listArticleFiles } from "@/lib/ingest/article-file";
import { writeLongArticle } from "@/lib/ingest/fixtures/article-copies";
import { referenceDataFrom } from "@/lib/ingest/reference-data";
import { loadKnowledge } from "@/lib/knowledge";
import { tagArticle } from "@/lib/tagger";
import { ensureCorpus } from "@/lib/bench/corpus-files";
import { budgetLine, markdownTable, verdict, type Figure } from "@/lib/bench/figures";
import { checkHover, gzipSize, hasProductionBuild, routeWeight, scriptsGzipBytes, startServer } from "@/lib/bench/page-weight";
import { caseSubjects, measureLatency, queryCases } from "@/lib/bench/query-cases";
import { benchEchoDetection } from "@/lib/bench/echo-detection";
import { ensurePostgresQueryDatabase, ensureQueryDatabase } from "@/lib/bench/query-database";
import { runSeed } from "@/lib/bench/seed-run";
import { measureTaggingScaling } from "@/lib/bench/tagging";

const SIZES = {
  small: { articles: 1_000, loadArticles: 300, queryStatements: 100_000, iterations: 20, taggingRounds: 3, taggingSeconds: 2 },
  full: { articles: 10_000, loadArticles: 1_000, queryStatements: 1_000_000, iterations: 40, taggingRounds: 5, taggingSeconds: 3 },
};

const program = new Command()
  .name("bench")
  .option("--size <size>", "small (quick) or full", "full")
  .option("--seed <n>", "seed of the synthetic corpus", "42")
  .option("--articles <n>", "generate this many articles instead of the size's (1000, 10000, 100000...)")
  .option("--port <n>", "port for the production server measured", process.env.E2E_PORT ?? "3202")
  .option("--out <file>", "where to write the results", path.join("bench", "results.json"))
  .option("--engine <engine>", "sqlite (everything), postgres or both (the query cases and the seed, side by side)", "sqlite")
  .option("--postgres-url <url>", "a PostgreSQL database the bench may empty and fill", process.env.BENCH_POSTGRES_URL)
  .parse();

const options = program.opts<{ size: keyof typeof SIZES; seed: string; articles?: string; port: string; out: string; engine: string; postgresUrl?: string }>();
if (!(options.size in SIZES)) program.error(`--size must be small or full, got "${options.size}"`);
if (!["sqlite", "postgres", "both"].includes(options.engine)) program.error(`--engine must be sqlite, postgres or both, got "${options.engine}"`);
if (options.engine !== "sqlite" && !options.postgresUrl?.startsWith("postgres")) {
  program.error("--engine postgres and both need --postgres-url postgresql://… (or BENCH_POSTGRES_URL): a database the bench may empty");
}
const size = { ...SIZES[options.size], ...(options.articles ? { articles: Number(options.articles) } : {}) };
const cores = os.availableParallelism();
const KB = 1024;
const BENCH_DIR = "bench";

const figures: Figure[] = [];
function report(f: Omit<Figure, "cores"> & { cores?: number }) {
  const figure = { cores, ...f };
  figures.push(figure);
  console.log(budgetLine(figure));
}

function freshDatabase(file: string): string {
  for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
  migrateDatabase(file);
  return file;
}

async function withReferenceData(file: string, knowledge: ReturnType<typeof loadKnowledge>) {
  const db = createDatabase({ file });
  await syncReferenceData(db, referenceDataFrom(knowledge));
  return db;
}

async function main() {
  const knowledge = loadKnowledge();
  const seed = Number(options.seed);
  const started = Date.now();
  const corpusDir = path.join(BENCH_DIR, "corpus", String(size.articles));
  const corpus = ensureCorpus(corpusDir, knowledge, seed, size.articles);
  const files = listArticleFiles(corpus.dir);
  console.log(`corpus: ${files.length} synthetic articles (seed ${seed}) in ${corpusDir}, ${corpus.generated ? "generated" : "reused"}; ${cores} cores`);

  // Tagging, one worker and one per core, steady state, beside the machine's own ceiling.
  const tagging = await measureTaggingScaling(files, cores, size.taggingRounds, size.taggingSeconds);
  const { one, all } = tagging;
  const rounds = `median of ${size.taggingRounds} rounds of ${size.taggingSeconds} s`;
  report({ name: "tagging, 1 worker", value: one.megabytesPerSecond, unit: "MB/s", budget: { op: ">=", value: 2 }, cores: 1, note: `${rounds}, ${files.length} files; the process used ${one.coresUsed.toFixed(2)} cores` });
  report({ name: `tagging, ${cores} workers`, value: all.megabytesPerSecond, unit: "MB/s", note: `${rounds}; the process used ${all.coresUsed.toFixed(2)} cores` });
  // Near-linear: each added core brings at least 3/4 of a core's speed.
  report({ name: `tagging speed-up on ${cores} cores`, value: tagging.speedUp, unit: "×", budget: { op: ">=", value: 1 + 0.75 * (cores - 1) } });
  report({ name: `CPU-bound loop speed-up on ${cores} cores (this machine's ceiling)`, value: tagging.ceiling, unit: "×", note: rounds });
  report({ name: `cache-bound loop speed-up on ${cores} cores (random reads in 1 MB)`, value: tagging.cacheBound, unit: "×", note: rounds });
  report({ name: "tagging speed-up ÷ the CPU-bound loop's", value: tagging.ofCeiling, unit: "×", note: "1 × scales as well as any code can here" });

  // Echo detection: near-linear in the corpus (an index over trigrams, not all pairs).
  const echo = benchEchoDetection([10_000, 40_000]);
  for (const run of echo.runs) {
    report({ name: `echo detection, ${run.statements} synthetic statements`, value: run.seconds, unit: "s", cores: 1, note: `${run.echoes} echoes and cites` });
  }
  // Linear growth is a ratio of 4 for 4× the statements, quadratic 16.
  report({ name: `echo detection time ratio for ${echo.sizeRatio}× the statements`, value: echo.ratio, unit: "×", budget: { op: "<=", value: echo.sizeRatio * 1.5 }, cores: 1 });

  // Load: the seed's Prisma loader, in the seed's batches, beside raw prepared statements writing the
  // same rows in batches of as many articles (the synthetic articles are short, so the count decides)
  // and in one transaction (the floor).
  const taggedArticles: ArticleToLoad[] = files.map((file) => {
    const raw = readFileSync(file, "utf8");
    return { sourceFile: file, contentHash: createHash("sha256").update(raw).digest("hex"), content: raw, tagged: tagArticle(raw, knowledge) };
  });
  const loadSet = taggedArticles.slice(0, size.loadArticles);
  const loadStatements = loadSet.reduce((sum, a) => sum + a.tagged.statements.length, 0);
  const prismaDb = await withReferenceData(freshDatabase(path.join(BENCH_DIR, "load-prisma.db")), knowledge);
  let clock = performance.now();
  let batch: ArticleToLoad[] = [];
  for (const [i, article] of loadSet.entries()) {
    batch.push(article);
    if (isFullLoadBatch(batch) || i === loadSet.length - 1) {
      await loadArticles(prismaDb, batch);
      batch = [];
    }
  }
  const prismaRate = loadStatements / ((performance.now() - clock) / 1000);
  await prismaDb.$disconnect();
  const rawRate = async (articlesPerTransaction: number) => {
    const file = freshDatabase(path.join(BENCH_DIR, "load-raw.db"));
    await (await withReferenceData(file, knowledge)).$disconnect();
    const started = performance.now();
    insertArticlesRaw(file, loadSet, articlesPerTransaction);
    return loadStatements / ((performance.now() - started) / 1000);
  };
  const raw = { batch: await rawRate(LOAD_BATCH.articles), all: await rawRate(Infinity) };
  const batches = `${LOAD_BATCH.articles} articles a transaction`;
  report({ name: `load through Prisma (loadArticles, ${batches})`, value: prismaRate, unit: "statements/s", cores: 1, note: `${loadSet.length} articles, ${loadStatements} statements` });
  report({ name: `load, raw better-sqlite3, ${batches}`, value: raw.batch, unit: "statements/s", cores: 1 });
  report({ name: "load, raw better-sqlite3, one transaction", value: raw.all, unit: "statements/s", cores: 1 });
  report({ name: `Prisma load time ÷ raw, ${batches} both`, value: raw.batch / prismaRate, unit: "×", cores: 1 });
  report({ name: "Prisma load time ÷ raw in one transaction", value: raw.all / prismaRate, unit: "×", budget: { op: "<=", value: 2 }, cores: 1 });

  // The whole seed command in its own process.
  const seedUrl = `file:./${BENCH_DIR}/seed.db`;
  const seedRun = runSeed(corpus.dir, seedUrl);
  if (!seedRun.ok) console.error(seedRun.output.slice(-2000));
  const seedNote = `${files.length} articles${seedRun.ok ? "" : ", seed FAILED"}`;
  report({ name: `npm run seed, ${files.length} articles, wall time`, value: seedRun.ok ? seedRun.seconds : null, unit: "s", budget: { op: "<=", value: (120 * files.length) / 10_000 }, note: seedNote });
  report({ name: `npm run seed, ${files.length} articles, peak memory`, value: seedRun.peakMegabytes, unit: "MB", budget: { op: "<=", value: 1024 }, note: seedRun.peakMegabytes === null ? "GNU time not installed" : undefined });

  // One long article: the seed must stay linear in an article's size (a per-statement lookup among
  // all of the article's passages made it quadratic: 1 MB took 89 s).
  const long = (megabytes: number) => {
    const dir = path.join(BENCH_DIR, "long", String(megabytes));
    rmSync(dir, { recursive: true, force: true });
    writeLongArticle(path.join(dir, "long.txt"), megabytes * 1024 * KB);
    return runSeed(dir, `file:./${BENCH_DIR}/seed-long.db`);
  };
  const [oneMegabyte, tenMegabytes] = [long(1), long(10)];
  for (const run of [oneMegabyte, tenMegabytes]) if (!run.ok) console.error(run.output.slice(-2000));
  report({ name: "npm run seed, one 10 MB article, wall time", value: tenMegabytes.ok ? tenMegabytes.seconds : null, unit: "s", budget: { op: "<=", value: 30 } });
  report({ name: "npm run seed, one 10 MB article, peak memory", value: tenMegabytes.peakMegabytes, unit: "MB", budget: { op: "<=", value: 500 } });
  report({
    name: "npm run seed time, one 10 MB article ÷ one 1 MB article",
    value: oneMegabyte.ok && tenMegabytes.ok ? tenMegabytes.seconds / oneMegabyte.seconds : null,
    unit: "×",
    budget: { op: "<=", value: 10 },
    note: "linear is under 10 (start-up is the same for both); quadratic would be about 100",
  });

  // Query latency on a large database built with raw inserts of the tagged corpus, repeated.
  const queryFile = path.join(BENCH_DIR, `query-${size.queryStatements}.db`);
  clock = performance.now();
  const queryDb = await ensureQueryDatabase(queryFile, knowledge, () => taggedArticles, size.queryStatements);
  console.log(`query database: ${queryDb.statements} statements in ${queryFile}, ${queryDb.built ? `built in ${((performance.now() - clock) / 1000).toFixed(0)} s` : "reused"}`);
  taggedArticles.length = 0;
  const readDb = createDatabase({ file: queryFile, readonly: true });
  try {
    const subjects = await caseSubjects(readDb);
    for (const c of queryCases(subjects)) {
      const latency = await measureLatency(readDb, c, size.iterations);
      report({
        name: `${c.name}, p95`,
        value: latency.p95,
        unit: "ms",
        budget: { op: "<=", value: c.kind === "map" ? 20 : 50 },
        cores: 1,
        note: `p50 ${latency.p50.toFixed(1)} ms, ${queryDb.statements} statements`,
      });
    }
  } finally {
    await readDb.$disconnect();
  }

  // Page weight and hover, on the production build served with the seeded database.
  const geoDir = path.join("data", "geo");
  const boundaryBytes = readdirSync(geoDir)
    .filter((f) => f.endsWith(".json"))
    .reduce((sum, f) => sum + gzipSize(path.join(geoDir, f)), 0);
  report({ name: "boundary data data/geo/*.json, gzip", value: boundaryBytes / KB, unit: "KB", budget: { op: "<=", value: 150 } });
  await measurePages(seedUrl, seedRun.ok);

  console.log(`\n${markdownTable(figures)}\n\nbench finished in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  mkdirSync(path.dirname(options.out), { recursive: true });
  writeFileSync(options.out, JSON.stringify({ measuredAt: new Date().toISOString(), size: options.size, seed, cores, figures }, null, 2) + "\n");
}

async function measurePages(databaseUrl: string, seeded: boolean) {
  const missing = !hasProductionBuild() ? "no production build: run npm run build first" : !seeded ? "the seed failed" : null;
  if (missing) {
    report({ name: "first-load JS for /, gzip", value: null, unit: "KB", budget: { op: "<=", value: 250 }, note: missing });
    report({ name: "network requests while hovering the map", value: null, unit: "requests", budget: { op: "<=", value: 0 }, note: missing });
    return;
  }
  const port = Number(options.port);
  const server = await startServer(port, databaseUrl);
  try {
    const baseUrl = `http://127.0.0.1:${port}`;
    const db = createDatabase({ file: databaseUrl.slice("file:".length), readonly: true });
    const subjects = await caseSubjects(db);
    await db.$disconnect();
    const routes = ["/", `/province/${subjects.regionCode}`, `/leader/${subjects.leaderId}`, `/article/${subjects.articleId}`];
    const weights = [];
    for (const route of routes) weights.push(await routeWeight(baseUrl, route));
    const home = weights[0];
    report({ name: "first-load JS for /, gzip", value: home.gzipBytes / KB, unit: "KB", budget: { op: "<=", value: 250 }, note: `${home.scripts} scripts` });
    const largest = weights.reduce((a, b) => (b.gzipBytes > a.gzipBytes ? b : a));
    report({ name: "largest route's first-load JS, gzip", value: largest.gzipBytes / KB, unit: "KB", note: largest.route });
    const hover = await checkHover(baseUrl, ["河南", "江苏", "吉林", "广东", "新疆"]);
    report({ name: "map render finished after load", value: hover.renderFinishedMs, unit: "ms", note: "Chromium, production build" });
    report({ name: "all JS until the map has rendered, gzip", value: scriptsGzipBytes(hover.scriptsUntilRendered) / KB, unit: "KB", note: `${hover.scriptsUntilRendered.length} scripts, the lazy map chunk included` });
    report({ name: "tooltips shown on hover", value: hover.tooltipsShown, unit: `of ${hover.regionsHovered}`, budget: { op: ">=", value: hover.regionsHovered } });
    report({ name: "network requests while hovering the map", value: hover.requestsDuringHover, unit: "requests", budget: { op: "<=", value: 0 } });
  } finally {
    server.kill();
  }
}

/** The query cases at the size's statements, and the seed of the corpus, on each engine asked: p95 side by side. */
async function compareEngines() {
  const knowledge = loadKnowledge();
  const started = Date.now();
  const corpusDir = path.join(BENCH_DIR, "corpus", String(size.articles));
  const corpus = ensureCorpus(corpusDir, knowledge, Number(options.seed), size.articles);
  const files = listArticleFiles(corpus.dir);
  let tagged: ArticleToLoad[] | null = null;
  const taggedArticles = () =>
    (tagged ??= files.map((file) => {
      const raw = readFileSync(file, "utf8");
      return { sourceFile: file, contentHash: createHash("sha256").update(raw).digest("hex"), content: raw, tagged: tagArticle(raw, knowledge) };
    }));
  const postgresUrl = options.postgresUrl!;
  const engines = options.engine === "both" ? (["sqlite", "postgres"] as const) : (["postgres"] as const);
  const latencies = new Map<string, Map<string, number>>();
  const budgets = new Map<string, number>();
  for (const engine of engines) {
    const clock = performance.now();
    const queryFile = path.join(BENCH_DIR, `query-${size.queryStatements}.db`);
    const built =
      engine === "sqlite"
        ? await ensureQueryDatabase(queryFile, knowledge, taggedArticles, size.queryStatements)
        : await ensurePostgresQueryDatabase(postgresUrl, knowledge, taggedArticles, size.queryStatements);
    const seconds = (performance.now() - clock) / 1000;
    console.log(`${engine} query database: ${built.statements} statements, ${built.built ? `built in ${seconds.toFixed(0)} s` : "reused"}`);
    const loadSeconds = "seconds" in built ? Number(built.seconds) : 0;
    if (built.built && loadSeconds > 0) {
      report({ name: "postgres: bulk insert of the query database (multi-row inserts, indexes built after)", value: built.statements / loadSeconds, unit: "statements/s", cores: 1 });
    }
    const db = engine === "sqlite" ? createDatabase({ file: queryFile, readonly: true }) : createDatabase({ target: { engine: "postgres", url: postgresUrl, readOnly: false }, readonly: true });
    try {
      const subjects = await caseSubjects(db);
      const byCase = new Map<string, number>();
      for (const c of queryCases(subjects)) {
        const latency = await measureLatency(db, c, size.iterations);
        budgets.set(c.name, c.kind === "map" ? 20 : 50);
        byCase.set(c.name, latency.p95);
        report({ name: `${engine}: ${c.name}, p95`, value: latency.p95, unit: "ms", budget: { op: "<=", value: budgets.get(c.name)! }, cores: 1, note: `p50 ${latency.p50.toFixed(1)} ms, ${built.statements} statements` });
      }
      latencies.set(engine, byCase);
    } finally {
      await db.$disconnect();
    }
  }
  for (const engine of engines) {
    const run = runSeed(corpus.dir, engine === "sqlite" ? `file:./${BENCH_DIR}/seed.db` : postgresUrl);
    if (!run.ok) console.error(run.output.slice(-2000));
    report({ name: `${engine}: npm run seed, ${files.length} articles, wall time`, value: run.ok ? run.seconds : null, unit: "s", budget: { op: "<=", value: (120 * files.length) / 10_000 } });
  }
  // The seed emptied the PostgreSQL query database: the next run builds it again.
  rmSync(`bench/query-${size.queryStatements}.postgres.json`, { force: true });

  const header = ["query case, p95 ms", ...engines, "budget"];
  const rows = [...budgets].map(([name, budget]) => [name, ...engines.map((e) => latencies.get(e)?.get(name)?.toFixed(1) ?? "—"), `≤ ${budget}`]);
  console.log(`\n| ${header.join(" | ")} |\n|${header.map(() => " --- ").join("|")}|\n${rows.map((r) => `| ${r.join(" | ")} |`).join("\n")}`);
  console.log(`\n${markdownTable(figures)}\n\nbench finished in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  mkdirSync(path.dirname(options.out), { recursive: true });
  writeFileSync(options.out, JSON.stringify({ measuredAt: new Date().toISOString(), size: options.size, engines, cores, figures }, null, 2) + "\n");
  if (figures.some((f) => verdict(f) === "FAIL")) process.exitCode = 1;
}

(options.engine === "sqlite" ? main() : compareEngines()).catch((error: unknown) => {
  console.error(`bench failed: ${error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
});
