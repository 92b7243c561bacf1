import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createDatabase } from "./client";
import { databaseFilePath, databaseLocation, databaseTarget, targetName } from "./location";
import { migrateDatabase } from "./migrate";

const root = "/srv/atlas";

describe("databaseLocation", () => {
  it("resolves the file against the repository root; data/atlas.db by default", () => {
    expect(databaseLocation({}, root)).toEqual({ file: "/srv/atlas/data/atlas.db", readOnly: false });
    expect(databaseLocation({ DATABASE_URL: "file:./test-results/e2e.db" }, root)).toEqual({ file: "/srv/atlas/test-results/e2e.db", readOnly: false });
    expect(databaseLocation({ DATABASE_URL: "file:/var/lib/atlas.db" }, root).file).toBe("/var/lib/atlas.db");
  });

  it("reads ?mode=ro as read-only, not as part of the file name", () => {
    expect(databaseLocation({ DATABASE_URL: "file:./data/atlas.db?mode=ro" }, root)).toEqual({ file: "/srv/atlas/data/atlas.db", readOnly: true });
    expect(databaseLocation({ DATABASE_URL: "file:./data/atlas.db?mode=rwc" }, root)).toEqual({ file: "/srv/atlas/data/atlas.db", readOnly: false });
  });

  it.each([
    ["mysql://localhost/atlas", /must be a SQLite "file:" URL or a PostgreSQL "postgresql:\/\/" URL/],
    ["file:./atlas.db?immutable=1", /unknown parameter "immutable"/],
    ["file:./atlas.db?mode=readonly", /mode must be ro, rw or rwc, got "readonly"/],
    ["file:?mode=ro", /names no file/],
  ])("refuses %s, naming the problem", (url, message) => {
    expect(() => databaseLocation({ DATABASE_URL: url }, root)).toThrow(message);
  });
});

describe("databaseTarget", () => {
  it("takes a postgresql:// or postgres:// URL for PostgreSQL and anything else for a SQLite file", () => {
    const url = "postgresql://atlas:secret@db.example.org:5432/atlas?sslmode=require";
    expect(databaseTarget({ DATABASE_URL: url }, root)).toEqual({ engine: "postgres", url, readOnly: false });
    expect(databaseTarget({ DATABASE_URL: "postgres://localhost/atlas" }, root).engine).toBe("postgres");
    expect(databaseTarget({}, root)).toEqual({ engine: "sqlite", file: "/srv/atlas/data/atlas.db", readOnly: false });
    expect(() => databaseTarget({ DATABASE_URL: "mysql://localhost/atlas" }, root)).toThrow(/SQLite "file:" URL or a PostgreSQL/);
  });

  it("names a PostgreSQL database without its password", () => {
    expect(targetName(databaseTarget({ DATABASE_URL: "postgresql://atlas:secret@db.example.org/atlas" }, root))).toBe("postgresql://atlas:***@db.example.org/atlas");
  });
});

describe("databaseFilePath (the file the seed writes)", () => {
  it("is the file without its parameters", () => {
    expect(databaseFilePath({ DATABASE_URL: "file:./data/atlas.db?mode=rw" }, root)).toBe("/srv/atlas/data/atlas.db");
  });

  it("refuses a read-only DATABASE_URL", () => {
    expect(() => databaseFilePath({ DATABASE_URL: "file:./data/atlas.db?mode=ro" }, root)).toThrow(
      "DATABASE_URL opens /srv/atlas/data/atlas.db read-only (mode=ro): it cannot be written",
    );
  });
});

describe("a connection to DATABASE_URL with ?mode=ro", () => {
  it("reads the file and refuses to write it", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "atlas-location-")), "atlas.db");
    migrateDatabase(file);
    const previousUrl = process.env.DATABASE_URL;
    process.env.DATABASE_URL = `file:${file}?mode=ro`;
    const db = createDatabase();
    process.env.DATABASE_URL = previousUrl;
    try {
      expect(await db.theme.count()).toBe(0);
      await expect(db.theme.create({ data: { id: "x", nameZh: "x", nameEn: "x" } })).rejects.toThrow(/readonly|read-only/i);
    } finally {
      await db.$disconnect();
    }
  });
});
