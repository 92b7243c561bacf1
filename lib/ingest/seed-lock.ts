// One seed per database at a time. A lock file beside the database holds the seed's process id;
// a lock whose process is gone (a seed killed with kill -9) is taken over, so a re-run just works.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

export class SeedLockedError extends Error {}

export interface SeedLock {
  file: string;
  release(): void;
}

export function seedLockPath(databaseFile: string): string {
  return `${databaseFile}.seed-lock`;
}

/** Takes the lock or throws SeedLockedError naming the seed that holds it. */
export function acquireSeedLock(databaseFile: string, pid = process.pid): SeedLock {
  const file = seedLockPath(databaseFile);
  mkdirSync(path.dirname(file), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, `${pid}\n`, { flag: "wx" });
      return { file, release: () => releaseIfOurs(file, pid) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const holder = lockHolder(file);
    if (holder !== null && holder !== pid && isRunning(holder)) {
      throw new SeedLockedError(
        `another seed (process ${holder}) is loading ${databaseFile}; wait for it to finish and run again ` +
          `(if no seed is running, delete ${file})`,
      );
    }
    rmSync(file, { force: true }); // stale: its process is gone
  }
  throw new SeedLockedError(`could not take the seed lock ${file}: another seed keeps taking it`);
}

function lockHolder(file: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(file, "utf8"), 10);
    return Number.isSafeInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function releaseIfOurs(file: string, pid: number): void {
  if (lockHolder(file) === pid) rmSync(file, { force: true });
}
