import { describe, expect, it } from "vitest";
import { databaseFailure } from "../failure";
import { postgresCode } from "./failure";

/** An error as the pg driver raises it. */
const pgError = (code: string, message: string) => Object.assign(new Error(message), { code, severity: "ERROR" });
/** The same error as Prisma's pg adapter wraps it. */
const wrapped = (cause: object) => Object.assign(new Error("Raw query failed"), { meta: { driverAdapterError: { cause } } });

describe("databaseFailure on PostgreSQL", () => {
  it("ends a load for a full disk, a lost connection, a refused login or a read-only server, naming it", () => {
    expect(databaseFailure(pgError("53100", "could not extend file: No space left on device"))).toMatch(/disk holding the PostgreSQL database is full \(53100/);
    expect(databaseFailure(wrapped({ kind: "postgres", originalCode: "57P01", code: "57P01" }))).toMatch(/connection to PostgreSQL failed or the server shut down/);
    expect(databaseFailure(wrapped({ kind: "DatabaseNotReachable", host: "127.0.0.1" }))).toMatch(/cannot be reached/);
    expect(databaseFailure(wrapped({ kind: "AuthenticationFailed", originalCode: "28P01" }))).toMatch(/refused the user or password/);
    expect(databaseFailure(pgError("25006", "cannot execute INSERT in a read-only transaction"))).toMatch(/cannot be written/);
    expect(databaseFailure(Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }))).toMatch(/cannot be reached/);
  });

  it("loses only the article for its own rows' errors: a constraint, bad data, a row too large", () => {
    expect(databaseFailure(wrapped({ kind: "NullConstraintViolation", originalCode: "23502" }))).toBeNull();
    expect(databaseFailure(pgError("22P05", "unsupported Unicode escape sequence"))).toBeNull();
    expect(databaseFailure(pgError("54000", "index row size exceeds btree version 4 maximum"))).toBeNull();
    expect(databaseFailure(new Error("tagging failed"))).toBeNull();
  });

  it("reads the SQLSTATE wherever the driver or Prisma put it", () => {
    expect(postgresCode(pgError("23505", "duplicate key"))).toBe("23505");
    expect(postgresCode(wrapped({ kind: "UniqueConstraintViolation", originalCode: "23505" }))).toBe("23505");
    expect(postgresCode(new Error("no code"))).toBeNull();
  });
});
