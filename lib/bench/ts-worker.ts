import { Worker } from "node:worker_threads";

/**
 * A worker thread running a TypeScript module. The benchmark runs under tsx, whose loader is
 * not inherited by worker threads, so each worker registers it before requiring the module.
 */
export function startTsWorker(file: string, workerData: unknown): Worker {
  const bootstrap = `require("tsx/cjs/api").register(); require(${JSON.stringify(file)});`;
  return new Worker(bootstrap, { eval: true, workerData });
}
