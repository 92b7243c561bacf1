import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createDatabase } from "./client";
import { migrateDatabase } from "./migrate";
import { readableDatabaseFile } from "./read-only-volume";

// A seeded database (WAL mode, as the seed leaves it) seen through a read-only bind mount: SQLite
// cannot create the -shm file that WAL needs beside it, and every route answered 500.
const root = mkdtempSync(path.join(tmpdir(), "atlas-ro-volume-"));
const writable = path.join(root, "writable");
const readOnly = path.join(root, "read-only");
mkdirSync(writable);
mkdirSync(readOnly);
migrateDatabase(path.join(writable, "atlas.db"));

function mountReadOnly(): string | null {
  try {
    execFileSync("mount", ["--bind", writable, readOnly], { stdio: "pipe" });
    execFileSync("mount", ["-o", "remount,bind,ro", readOnly], { stdio: "pipe" });
    return null;
  } catch (error) {
    try {
      execFileSync("umount", [readOnly], { stdio: "pipe" });
    } catch {
      // was not mounted
    }
    return (error as { stderr?: Buffer }).stderr?.toString().trim() || (error as Error).message;
  }
}

const writer = createDatabase({ file: path.join(writable, "atlas.db") });
await writer.theme.create({ data: { id: "testing", nameZh: "检测", nameEn: "testing" } });
await writer.$disconnect();
const refused = mountReadOnly();
if (refused) console.warn(`SKIPPED the read-only volume tests: mounting was refused (${refused})`);

describe.skipIf(refused !== null)("a database on a read-only volume", () => {
  afterAll(() => {
    rmSync(path.dirname(readableDatabaseFile(path.join(readOnly, "atlas.db"))), { recursive: true, force: true });
    execFileSync("umount", [readOnly]);
    rmSync(root, { recursive: true, force: true });
  });

  it("is served: the app's connection reads it", async () => {
    expect(readdirSync(readOnly)).toEqual(["atlas.db"]);
    const db = createDatabase({ file: path.join(readOnly, "atlas.db"), readonly: true });
    try {
      expect(await db.theme.findMany({ select: { id: true, nameZh: true, nameEn: true } })).toEqual([{ id: "testing", nameZh: "检测", nameEn: "testing" }]);
      expect(await db.statement.count()).toBe(0);
    } finally {
      await db.$disconnect();
    }
  });

  it("still refuses writes", async () => {
    const db = createDatabase({ file: path.join(readOnly, "atlas.db"), readonly: true });
    try {
      await expect(db.theme.deleteMany()).rejects.toThrow(/readonly|read-only/i);
    } finally {
      await db.$disconnect();
    }
  });
});
