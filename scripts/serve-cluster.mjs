// The production server (npm run serve, the e2e tests, the load test): Next's request handler
// once per core behind Node's cluster module. One Node process answers requests one at a time: on
// two cores a second one doubles what the server answers, and the primary, never busy, accepts
// every connection at once and deals them to the workers in turn (a busy server accepts one
// connection per event-loop turn, so under load a newcomer waited seconds before its first request
// was read). WEB_WORKERS sets how many. Arguments: -p PORT, -H HOSTNAME. Run it with
// `node --import tsx`: the records APIs (app/api/records-routes.ts) are TypeScript, answered here
// directly, since Next's request pipeline alone cost 2–3 times what a bare node:http server takes
// to answer them (docs/reliability.md, Load).
import cluster from "node:cluster";
import http from "node:http";
import os from "node:os";
import { parseArgs } from "node:util";
import { securityHeaders } from "../lib/security-headers.mjs";

const { values: args } = parseArgs({
  options: { port: { type: "string", short: "p", default: process.env.PORT ?? "3000" }, hostname: { type: "string", short: "H" } },
});

// The methods the Fetch standard forbids: Next cannot make a Request of them and answers 500 with
// a logged stack trace on every route, so they are answered here, before Next.
const REFUSED_METHODS = new Set(["CONNECT", "TRACE", "TRACK"]);

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
  process.env.NODE_ENV ??= "production";
  const { default: next } = await import("next");
  const port = Number(args.port);
  const app = next({ dev: false, dir: process.cwd(), hostname: args.hostname, port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const { RECORDS_ROUTES } = await import("../app/api/records-routes.ts").catch((error) => {
    console.error(`scripts/serve-cluster.mjs: run it with node --import tsx (the records APIs are TypeScript): ${error.message}`);
    process.exit(1);
  });
  const server = http.createServer((request, response) => {
    if (REFUSED_METHODS.has(request.method ?? "")) return refuseMethod(response);
    const url = new URL(request.url ?? "/", "http://localhost");
    const answerRecords = (request.method === "GET" || request.method === "HEAD") && RECORDS_ROUTES[url.pathname];
    if (answerRecords) return void sendAnswer(request, response, () => answerRecords(url.searchParams));
    void handle(request, response);
  });
  // CONNECT never reaches the request handler; without this Node drops the connection unanswered.
  server.on("connect", (request, socket) => {
    const headers = [...methodNotAllowedHeaders(), ["Connection", "close"]].map(([name, value]) => `${name}: ${value}\r\n`).join("");
    socket.end(`HTTP/1.1 405 Method Not Allowed\r\n${headers}\r\n`);
  });
  server.listen(port, args.hostname);
}

function methodNotAllowedHeaders() {
  return [...securityHeaders(), ["Allow", "GET, HEAD, OPTIONS"], ["Content-Length", "0"]];
}

function refuseMethod(response) {
  response.writeHead(405, "Method Not Allowed", methodNotAllowedHeaders());
  response.end();
}

/** Sends an API answer with the security headers Next would have added; a failure is a logged 500. */
async function sendAnswer(request, response, answer) {
  let status, headers, body;
  try {
    ({ status, headers, body } = await answer());
  } catch (error) {
    console.error(`${request.method} ${request.url}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    [status, headers, body] = [500, { "content-type": "text/plain; charset=utf-8" }, "Internal Server Error\n"];
  }
  response.writeHead(status, { ...Object.fromEntries(securityHeaders()), ...headers, "content-length": Buffer.byteLength(body) });
  response.end(request.method === "HEAD" ? undefined : body);
}
