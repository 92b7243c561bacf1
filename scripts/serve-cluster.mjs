// `next start` once per core behind Node's cluster module (npm run serve, the load test).
// One Node process answers requests one at a time: on two cores a second one doubles what the
// server answers, and the primary, never busy, accepts every connection at once and deals them to
// the workers in turn (a busy server accepts one connection per event-loop turn, so under load a
// newcomer waited seconds before its first request was read). WEB_WORKERS sets how many.
// Arguments are next start's (-p, -H).
import cluster from "node:cluster";
import { createRequire } from "node:module";
import os from "node:os";

if (cluster.isPrimary) {
  const workers = Number(process.env.WEB_WORKERS) || os.availableParallelism();
  let stopping = false;
  for (let i = 0; i < workers; i++) cluster.fork();
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    console.error(`server worker ${worker.process.pid} stopped (${signal ?? code}); starting another`);
    cluster.fork();
  });
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => {
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.kill(signal);
    });
  }
} else {
  process.argv = [process.argv[0], "next", "start", ...process.argv.slice(2)];
  createRequire(import.meta.url)("next/dist/bin/next");
}
