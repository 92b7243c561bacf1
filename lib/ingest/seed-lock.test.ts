import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { acquireSeedLock, SeedLockedError, seedLockPath } from "./seed-lock";

const databaseIn = () => path.join(mkdtempSync(path.join(tmpdir(), "atlas-lock-")), "new", "atlas.db");

describe("acquireSeedLock", () => {
  it("holds the lock until released, refusing a second seed by name", () => {
    const db = databaseIn();
    const lock = acquireSeedLock(db);
    expect(readFileSync(seedLockPath(db), "utf8").trim()).toBe(String(process.pid));
    // A live process other than ours: the parent of this test.
    expect(() => acquireSeedLock(db, process.ppid)).toThrow(SeedLockedError);
    expect(() => acquireSeedLock(db, process.ppid)).toThrow(`another seed (process ${process.pid}) is loading ${db}`);
    lock.release();
    expect(existsSync(seedLockPath(db))).toBe(false);
    acquireSeedLock(db, process.ppid).release();
  });

  it("takes over the lock of a seed that was killed", () => {
    const db = databaseIn();
    const finished = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
    acquireSeedLock(db); // the directory exists now
    writeFileSync(seedLockPath(db), `${finished.stdout}\n`);
    const lock = acquireSeedLock(db, process.ppid);
    expect(readFileSync(seedLockPath(db), "utf8").trim()).toBe(String(process.ppid));
    lock.release();
  });

  it("does not release a lock another seed has taken since", () => {
    const db = databaseIn();
    const lock = acquireSeedLock(db);
    writeFileSync(seedLockPath(db), `${process.ppid}\n`);
    lock.release();
    expect(existsSync(seedLockPath(db))).toBe(true);
  });
});
