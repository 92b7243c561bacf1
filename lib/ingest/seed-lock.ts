// One seed per database at a time. A lock file beside the database holds the seed's process id (the
// process to signal to stop it); a lock whose process has ended (a seed killed with kill -9, even one
// not yet reaped) is taken over, so a re-run just works. Each step is atomic, so seeds started
// together never both hold it: a lock is written whole and put in place by link(), which fails when
// one exists, and a stale lock is replaced by rename() only by the one seed that created its takeover file.
import { closeSync, fstatSync, linkSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { targetName, type DatabaseTarget } from "@/lib/db/location";
import { takeSeedAdvisoryLock } from "@/lib/db/postgres/advisory-lock";

export class SeedLockedError extends Error {}

export interface SeedLock {
  file: string;
  release(): void;
}

export function seedLockPath(databaseFile: string): string {
  return `${databaseFile}.seed-lock`;
}

/** The seed lock of either engine: the lock file beside a SQLite file, an advisory lock on PostgreSQL. */
export async function acquireDatabaseSeedLock(target: DatabaseTarget): Promise<SeedLock> {
  if (target.engine === "sqlite") return acquireSeedLock(target.file);
  const lock = await takeSeedAdvisoryLock(target.url);
  if (!lock.taken) {
    const holder = lock.holder === null ? "" : ` (PostgreSQL backend ${lock.holder})`;
    throw new SeedLockedError(`another seed${holder} is loading ${targetName(target)}; wait for it to finish and run again`);
  }
  return { file: targetName(target), release: () => void lock.release().catch(() => {}) };
}

/** A takeover file older than this was left by a seed killed inside its few microseconds of takeover. */
const ABANDONED_TAKEOVER_MS = 10_000;

/** Takes the lock or throws SeedLockedError naming the seed that holds it. */
export function acquireSeedLock(databaseFile: string, pid = process.pid): SeedLock {
  const file = seedLockPath(databaseFile);
  mkdirSync(path.dirname(file), { recursive: true });
  const ours = `${file}.${pid}`;
  writeFileSync(ours, `${pid}\n`);
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      if (linkIfAbsent(ours, file)) return { file, release: () => releaseIfOurs(file, pid) };
      const seen = lockState(file);
      if (seen === null) continue; // released meanwhile
      if (seen.holder !== null && seen.holder !== pid && isRunning(seen.holder)) {
        throw new SeedLockedError(
          `another seed (process ${seen.holder}) is loading ${databaseFile}; wait for it to finish and run again ` +
            `(if no seed is running, delete ${file})`,
        );
      }
      if (replaceStale(file, ours, seen, pid)) return { file, release: () => releaseIfOurs(file, pid) };
    }
  } finally {
    rmSync(ours, { force: true });
  }
  throw new SeedLockedError(`could not take the seed lock ${file}: another seed is taking it over`);
}

interface LockState {
  ino: number;
  holder: number | null;
}

function linkIfAbsent(from: string, to: string): boolean {
  try {
    linkSync(from, to);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
}

/**
 * Puts our lock in place of the stale one seen, if it is still there: the takeover file, named after
 * the stale lock's inode, lets one seed at a time check and replace it.
 */
function replaceStale(file: string, ours: string, seen: LockState, pid: number): boolean {
  const takeover = `${file}.takeover-${seen.ino}`;
  try {
    closeSync(openSync(takeover, "wx"));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    const since = statSync(takeover, { throwIfNoEntry: false })?.mtimeMs ?? Date.now(); // gone: its taker finished
    if (Date.now() - since > ABANDONED_TAKEOVER_MS) rmSync(takeover, { force: true });
    return false;
  }
  try {
    const now = lockState(file);
    const unchanged = now !== null && now.ino === seen.ino && now.holder === seen.holder;
    if (!unchanged || (now.holder !== null && now.holder !== pid && isRunning(now.holder))) return false;
    renameSync(ours, file);
    return true;
  } finally {
    rmSync(takeover, { force: true });
  }
}

function lockState(file: string): LockState | null {
  let fd: number;
  try {
    fd = openSync(file, "r");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
  try {
    const holder = Number.parseInt(readFileSync(fd, "utf8"), 10);
    return { ino: fstatSync(fd).ino, holder: Number.isSafeInteger(holder) && holder > 0 ? holder : null };
  } finally {
    closeSync(fd);
  }
}

/** True while the process runs: a zombie (ended, not yet reaped by its parent) holds nothing. */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return true; // no /proc: the signal check alone
  }
}

function releaseIfOurs(file: string, pid: number): void {
  if (lockState(file)?.holder === pid) rmSync(file, { force: true });
}
