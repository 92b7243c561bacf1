import Sqlite from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { databaseFailure, sqliteCode } from "./failure";

function sqliteErrorOf(sql: string): unknown {
  const db = new Sqlite(":memory:");
  db.exec(`CREATE TABLE "t" ("id" INTEGER PRIMARY KEY, "text" TEXT NOT NULL)`);
  try {
    db.exec(sql);
  } catch (error) {
    return error;
  } finally {
    db.close();
  }
  throw new Error(`${sql} did not fail`);
}

describe("databaseFailure", () => {
  it("names a full disk, an I/O error or a damaged file, which end a load", () => {
    const full = Object.assign(new Error("database or disk is full"), { code: "SQLITE_FULL" });
    expect(databaseFailure(full)).toBe("the disk holding the database is full (SQLITE_FULL: database or disk is full)");
    expect(databaseFailure(Object.assign(new Error("disk I/O error"), { code: "SQLITE_IOERR_WRITE" }))).toMatch(/^the disk could not be read or written/);
    expect(databaseFailure(Object.assign(new Error("file is not a database"), { code: "SQLITE_NOTADB" }))).toMatch(/^the database file is damaged/);
  });

  it("finds the code in an error Prisma wrapped", () => {
    const wrapped = Object.assign(new Error("Raw query failed."), { code: "P2010", meta: { driverAdapterError: { cause: { originalCode: "SQLITE_FULL" } } } });
    expect(sqliteCode(wrapped)).toBe("SQLITE_FULL");
    expect(sqliteCode(new Error("Raw query failed. Code: `SQLITE_IOERR_WRITE`. Message: `disk I/O error`"))).toBe("SQLITE_IOERR_WRITE");
  });

  it("leaves an article's own errors and errors outside SQLite to the article", () => {
    expect(databaseFailure(sqliteErrorOf(`INSERT INTO "t" ("text") VALUES (NULL)`))).toBeNull();
    expect(databaseFailure(sqliteErrorOf(`INSERT INTO "t" ("id", "text") VALUES (1, 'a'), (1, 'b')`))).toBeNull();
    expect(databaseFailure(new Error("tagging failed"))).toBeNull();
  });
});
