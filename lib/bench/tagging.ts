import path from "node:path";
import { Worker } from "node:worker_threads";
import { startTsWorker } from "./ts-worker";

export interface TaggingRun {
  workers: number;
  bytes: number;
  statements: number;
  seconds: number;
  megabytesPerSecond: number;
  /** Processor time the whole process spent in the timed window, over its length: the cores used. */
  coresUsed: number;
}

const WORKER_FILE = path.join(__dirname, "tagging-worker.ts");
const WARM_UP_SECONDS = 2;

function nextMessage<T>(worker: Worker): Promise<T> {
  return new Promise((resolve, reject) => {
    worker.once("message", resolve);
    worker.once("error", reject);
  });
}

/**
 * Tags the files split across `workers` threads for `seconds`, each thread going round its share;
 * the clock starts when every thread has read its files and warmed up, so the figure is the
 * steady-state throughput, not thread start-up or disk.
 */
export async function measureTagging(files: string[], workers: number, seconds: number): Promise<TaggingRun> {
  const shares = Array.from({ length: workers }, (_, w) => files.filter((_, i) => i % workers === w));
  const threads = shares.map((share) => startTsWorker(WORKER_FILE, { files: share, seconds, warmUpSeconds: WARM_UP_SECONDS }));
  try {
    await Promise.all(threads.map((t) => nextMessage(t)));
    const started = process.hrtime.bigint();
    const cpuAtStart = process.cpuUsage();
    const results = Promise.all(threads.map((t) => nextMessage<{ bytes: number; statements: number }>(t)));
    for (const t of threads) t.postMessage("go");
    const done = await results;
    const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
    const cpu = process.cpuUsage(cpuAtStart);
    const bytes = done.reduce((sum, d) => sum + d.bytes, 0);
    const statements = done.reduce((sum, d) => sum + d.statements, 0);
    return { workers, bytes, statements, seconds: elapsed, megabytesPerSecond: bytes / 1024 / 1024 / elapsed, coresUsed: (cpu.user + cpu.system) / 1e6 / elapsed };
  } finally {
    await Promise.all(threads.map((t) => t.terminate()));
  }
}

const SPIN = `const { parentPort } = require("node:worker_threads");
let x = 0;
for (let i = 0; i < 2e8; i++) x = (x + i * 7) % 1000003;
parentPort.postMessage(x);`;

/** Random reads in 1 MB, a working set that stays in the core's caches, as a tagger's tables do. */
const CACHE_READS = `const { parentPort } = require("node:worker_threads");
const size = 256 * 1024;
const table = new Int32Array(size);
for (let i = 0; i < size; i++) table[i] = (i * 2654435761) % size;
let x = 1;
for (let i = 0; i < 1.5e8; i++) x = table[(x + i) % size];
parentPort.postMessage(x);`;

/**
 * The speed-up this machine gives a loop on `workers` threads: the pure CPU loop is the ceiling for
 * any parallel code here (virtual cores shared with other jobs give less than one core each); the
 * cache-bound loop shows what code that reads tables in the core's caches can get, lower where the
 * virtual cores share caches.
 */
export async function measureLoopScaling(workers: number, loop: "cpu" | "cache" = "cpu"): Promise<number> {
  const code = loop === "cpu" ? SPIN : CACHE_READS;
  const run = async (threads: number) => {
    const started = process.hrtime.bigint();
    await Promise.all(Array.from({ length: threads }, () => new Promise((resolve, reject) => new Worker(code, { eval: true }).once("message", resolve).once("error", reject))));
    return Number(process.hrtime.bigint() - started) / 1e9;
  };
  const one = await run(1);
  return (workers * one) / (await run(workers));
}

export interface TaggingScaling {
  one: TaggingRun;
  all: TaggingRun;
  /** The tagger's speed on every core over its speed on one. */
  speedUp: number;
  /** The same for a pure CPU loop: what this machine gives at best right now. */
  ceiling: number;
  /** The same for a loop of random reads in 1 MB. */
  cacheBound: number;
  /** speedUp ÷ ceiling, round by round. */
  ofCeiling: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * The tagger's speed-up on `workers` threads beside the CPU loop's, in alternating rounds, so that
 * other jobs on a shared machine weigh on both alike; each figure is the median of the rounds.
 */
export async function measureTaggingScaling(files: string[], workers: number, rounds: number, seconds: number): Promise<TaggingScaling> {
  const runs: { one: TaggingRun; all: TaggingRun; ceiling: number; cacheBound: number }[] = [];
  for (let round = 0; round < rounds; round++) {
    runs.push({
      one: await measureTagging(files, 1, seconds),
      all: await measureTagging(files, workers, seconds),
      ceiling: await measureLoopScaling(workers, "cpu"),
      cacheBound: await measureLoopScaling(workers, "cache"),
    });
  }
  const speedUps = runs.map((r) => r.all.megabytesPerSecond / r.one.megabytesPerSecond);
  const middle = (pick: (r: (typeof runs)[number]) => TaggingRun) => {
    const rate = median(runs.map((r) => pick(r).megabytesPerSecond));
    return runs.map(pick).find((run) => run.megabytesPerSecond === rate)!;
  };
  return {
    one: middle((r) => r.one),
    all: middle((r) => r.all),
    speedUp: median(speedUps),
    ceiling: median(runs.map((r) => r.ceiling)),
    cacheBound: median(runs.map((r) => r.cacheBound)),
    ofCeiling: median(runs.map((r, i) => speedUps[i] / r.ceiling)),
  };
}
