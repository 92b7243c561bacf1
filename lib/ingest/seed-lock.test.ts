import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { spawn, spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import type { LockTrial } from "./fixtures/take-seed-lock";
import { acquireSeedLock, SeedLockedError, seedLockPath } from "./seed-lock";

const databaseIn = () => path.join(mkdtempSync(path.join(tmpdir(), "atlas-lock-")), "new", "atlas.db");

/** The id of a process that has ended and been reaped. */
const endedProcess = () => Number(spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" }).stdout);

function processState(pid: number): string {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  return stat[stat.lastIndexOf(")") + 2];
}

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
    acquireSeedLock(db); // the directory exists now
    writeFileSync(seedLockPath(db), `${endedProcess()}\n`);
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

  it("takes over the lock of a killed seed its parent has not reaped yet (a zombie)", (context) => {
    if (!existsSync("/proc/self/stat")) return context.skip();
    const db = databaseIn();
    acquireSeedLock(db).release();
    const killed = spawn("sleep", ["60"]);
    writeFileSync(seedLockPath(db), `${killed.pid}\n`);
    killed.kill("SIGKILL");
    // Node reaps its children on the event loop, which this synchronous wait never yields to.
    while (processState(killed.pid!) !== "Z");
    const lock = acquireSeedLock(db, process.ppid);
    expect(readFileSync(seedLockPath(db), "utf8").trim()).toBe(String(process.ppid));
    lock.release();
  });

  it("never lets two of four seeds started in the same millisecond hold a stale lock at once", { timeout: 60_000 }, async () => {
    const trials = Array.from({ length: 15 }, () => databaseIn());
    for (const db of trials) {
      acquireSeedLock(db).release();
      writeFileSync(seedLockPath(db), `${endedProcess()}\n`);
    }
    const seeds = Array.from({ length: 4 }, () => {
      const child = spawn(process.execPath, ["--import", "tsx", "lib/ingest/fixtures/take-seed-lock.ts"], { stdio: ["pipe", "pipe", "inherit"] });
      let out = "";
      const ready = new Promise<void>((resolve) => child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()).startsWith("ready\n") && resolve()));
      const done = new Promise<string>((resolve) => child.on("close", () => resolve(out.slice("ready\n".length))));
      return { child, ready, done };
    });
    await Promise.all(seeds.map((seed) => seed.ready));
    const start = Date.now() + 300;
    const plan: LockTrial[] = trials.map((database, i) => ({ database, startAt: start + i * 150, holdUntil: start + i * 150 + 100 }));
    for (const seed of seeds) seed.child.stdin.end(`${JSON.stringify(plan)}\n`);
    const lines = (await Promise.all(seeds.map((seed) => seed.done))).flatMap((out) => out.trim().split("\n"));
    expect(lines).toHaveLength(4 * trials.length);
    const onTime = trials.filter((db) => !lines.includes(`${db} late`));
    expect(onTime.length).toBeGreaterThanOrEqual(trials.length / 3);
    for (const db of onTime) {
      // A seed slowed down by the machine may take the lock after the first let it go; never while it holds it.
      const held = lines
        .filter((line) => line.startsWith(`${db} held `))
        .map((line) => line.split(" ").slice(2).map(Number))
        .sort((a, b) => a[0] - b[0]);
      expect(held.length, db).toBeGreaterThanOrEqual(1);
      for (let i = 1; i < held.length; i++) expect(held[i][0], `${db} held twice at once`).toBeGreaterThanOrEqual(held[i - 1][1]);
    }
  });
});
