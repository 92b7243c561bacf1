// When a seed should stop: SIGINT, SIGTERM or SIGHUP sent to it (the process named in its lock file),
// or the command that started it gone (`npm run seed` killed with kill -9 would otherwise leave the
// seed running on, holding the lock). The first request stops it between two transactions; a second
// one ends it at once, which SQLite rolls back like a crash.

/** Exit codes as a shell reports a process ended by the signal: 128 + its number. */
const EXIT_CODES = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 } as const;
type StopSignal = keyof typeof EXIT_CODES;

export interface SeedStop {
  signal: AbortSignal;
  /** The exit code for the reason the seed stopped (a signal's 128 + n). */
  exitCode(): number;
  dispose(): void;
}

/** How often the seed looks whether the process that started it is still there. */
const PARENT_CHECK_MS = 500;

export function stopOnSignals(endNow: (exitCode: number) => void): SeedStop {
  const controller = new AbortController();
  let code: number = EXIT_CODES.SIGHUP;
  const onSignal = (signal: StopSignal) => {
    if (controller.signal.aborted) return endNow(EXIT_CODES[signal]);
    code = EXIT_CODES[signal];
    controller.abort(new SeedStoppedError(`the seed was stopped by ${signal}`));
  };
  const handlers = (Object.keys(EXIT_CODES) as StopSignal[]).map((signal) => [signal, () => onSignal(signal)] as const);
  for (const [signal, handler] of handlers) process.on(signal, handler);
  const parent = process.ppid;
  const parentCheck = setInterval(() => {
    if (process.ppid !== parent && !controller.signal.aborted) {
      controller.abort(new SeedStoppedError(`the process that started the seed (${parent}) ended`));
    }
  }, PARENT_CHECK_MS).unref();
  return {
    signal: controller.signal,
    exitCode: () => code,
    dispose: () => {
      clearInterval(parentCheck);
      for (const [signal, handler] of handlers) process.off(signal, handler);
    },
  };
}

export class SeedStoppedError extends Error {}
