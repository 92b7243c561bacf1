import path from "node:path";
import { Worker } from "node:worker_threads";
import { startTsWorker } from "./ts-worker";

export interface TaggingRun {
  workers: number;
  bytes: number;
  statements: number;
  seconds: number;
  megabytesPerSecond: number;
}

const WORKER_FILE = path.join(__dirname, "tagging-worker.ts");

function nextMessage<T>(worker: Worker): Promise<T> {
  return new Promise((resolve, reject) => {
    worker.once("message", resolve);
    worker.once("error", reject);
  });
}

/** Tags the files split across `workers` threads; the clock starts when every worker is warm. */
export async function measureTagging(files: string[], workers: number): Promise<TaggingRun> {
  const shares = Array.from({ length: workers }, (_, w) => files.filter((_, i) => i % workers === w));
  const threads = shares.map((share) => startTsWorker(WORKER_FILE, { files: share }));
  try {
    await Promise.all(threads.map((t) => nextMessage(t)));
    const started = process.hrtime.bigint();
    const results = Promise.all(threads.map((t) => nextMessage<{ bytes: number; statements: number }>(t)));
    for (const t of threads) t.postMessage("go");
    const done = await results;
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const bytes = done.reduce((sum, d) => sum + d.bytes, 0);
    const statements = done.reduce((sum, d) => sum + d.statements, 0);
    return { workers, bytes, statements, seconds, megabytesPerSecond: bytes / 1024 / 1024 / seconds };
  } finally {
    await Promise.all(threads.map((t) => t.terminate()));
  }
}

const SPIN = `const { parentPort } = require("node:worker_threads");
let x = 0;
for (let i = 0; i < 2e8; i++) x = (x + i * 7) % 1000003;
parentPort.postMessage(x);`;

/**
 * The speed-up this machine gives a pure CPU loop on `workers` threads: the ceiling for any
 * parallel code here (virtual cores shared with other jobs give less than one core each).
 */
export async function measureCpuScaling(workers: number): Promise<number> {
  const run = async (threads: number) => {
    const started = process.hrtime.bigint();
    await Promise.all(Array.from({ length: threads }, () => new Promise((resolve, reject) => new Worker(SPIN, { eval: true }).once("message", resolve).once("error", reject))));
    return Number(process.hrtime.bigint() - started) / 1e9;
  };
  const one = await run(1);
  return (workers * one) / (await run(workers));
}
