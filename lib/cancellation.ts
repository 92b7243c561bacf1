/**
 * Throws the abort reason once `signal` is aborted, after letting signal handlers and timers run:
 * long work made of promise chains (Prisma queries, synchronous SQLite underneath) never reaches the
 * event loop by itself, so a signal sent meanwhile would wait for the end of the work.
 */
export async function checkCancelled(signal: AbortSignal | undefined): Promise<void> {
  if (!signal) return;
  await new Promise((resolve) => setImmediate(resolve));
  signal.throwIfAborted();
}
