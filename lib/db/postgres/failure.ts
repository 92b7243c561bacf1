// PostgreSQL's side of lib/db/failure.ts: an error of the server or the connection ends a seed, an
// error one article's rows caused loses that article.

/** SQLSTATE classes an article's own rows can cause: data exceptions, constraints, program limits (a row too large). */
const ARTICLE_CLASSES = new Set(["22", "23", "54"]);

const HINTS: [RegExp, string][] = [
  [/^53100/, "the disk holding the PostgreSQL database is full"],
  [/^53/, "the PostgreSQL server is out of resources (memory or connections)"],
  [/^08|^57/, "the connection to PostgreSQL failed or the server shut down"],
  [/^58|^XX/, "the PostgreSQL server reports a system error"],
  [/^28|^3D/, "PostgreSQL refused the connection (user, password or database)"],
  [/^25006|^42501/, "the PostgreSQL database cannot be written by this user or connection"],
];

/** Driver errors of the connection itself, as Prisma's pg adapter names them. */
const CONNECTION_KINDS: Record<string, string> = {
  DatabaseNotReachable: "the PostgreSQL server cannot be reached",
  ConnectionClosed: "the connection to PostgreSQL was closed",
  SocketTimeout: "the connection to PostgreSQL timed out",
  TlsConnectionError: "the TLS connection to PostgreSQL failed",
  DatabaseDoesNotExist: "the PostgreSQL database does not exist",
  AuthenticationFailed: "PostgreSQL refused the user or password",
  TooManyConnections: "the PostgreSQL server has too many connections",
};

interface AdapterCause {
  kind?: string;
  originalCode?: string;
  code?: string;
}

/** The SQLSTATE (or the adapter's kind of connection error) behind an error, whether or not Prisma wrapped it. */
export function postgresCode(error: unknown): string | null {
  const e = error as { code?: unknown; severity?: unknown; meta?: { driverAdapterError?: { cause?: AdapterCause } }; cause?: AdapterCause } | null;
  if (typeof e?.code === "string" && typeof e.severity === "string") return e.code; // pg's own error
  if (typeof e?.code === "string" && /^(ECONNREFUSED|ECONNRESET|ENOTFOUND|ETIMEDOUT)$/.test(e.code)) return e.code;
  const cause = e?.meta?.driverAdapterError?.cause ?? e?.cause;
  if (!cause) return null;
  if (cause.kind && CONNECTION_KINDS[cause.kind]) return cause.kind;
  return cause.originalCode ?? cause.code ?? null;
}

/** What failed, in a sentence, when the error is PostgreSQL's or its connection's; null when it is an article's or not PostgreSQL's. */
export function postgresFailure(error: unknown): string | null {
  const code = postgresCode(error);
  if (code === null || ARTICLE_CLASSES.has(code.slice(0, 2))) return null;
  const message = error instanceof Error ? error.message : String(error);
  const hint = CONNECTION_KINDS[code] ?? (/^E[A-Z]+$/.test(code) ? "the PostgreSQL server cannot be reached" : HINTS.find(([pattern]) => pattern.test(code))?.[1]);
  return hint ? `${hint} (${code}: ${message})` : `PostgreSQL error ${code}: ${message}`;
}
