import { describe, expect, it } from "vitest";
import { ECHO_CODEBOOK, STATEMENT_CODEBOOK } from "./codebook";
import { ECHO_COLUMNS, STATEMENT_COLUMNS } from "./csv";

describe("the codebook", () => {
  it("describes every CSV column of both exports, in both languages", () => {
    for (const column of STATEMENT_COLUMNS) expect(STATEMENT_CODEBOOK[column]?.en, column).toMatch(/\S/);
    for (const column of ECHO_COLUMNS) expect(ECHO_CODEBOOK[column]?.zh, column).toMatch(/\S/);
  });
});
