import { describe, expect, it } from "vitest";
import { nameFromBytes, pathOnDisk, readableName } from "./file-name";

describe("file names that are not valid UTF-8", () => {
  it("keep valid names as they are", () => {
    const name = "河南_2022-11-18 疫情🂡.txt"; // U+1F0A1's second half is in the escaped range
    expect(nameFromBytes(Buffer.from(name))).toBe(name);
    expect(pathOnDisk(name)).toBe(name);
    expect(readableName(name)).toBe(name);
  });

  it("turn back into the exact bytes of the name, and read with \\xNN", () => {
    // "河南" in GBK, then an overlong "/", a lone continuation byte and a UTF-8 surrogate half.
    const bytes = Buffer.concat([Buffer.from([0xba, 0xd3, 0xc4, 0xcf]), Buffer.from("_通报"), Buffer.from([0xc0, 0xaf, 0x80, 0xed, 0xa0, 0x80]), Buffer.from(".txt")]);
    const name = nameFromBytes(bytes);
    expect(pathOnDisk(name)).toEqual(bytes);
    expect(readableName(name)).toBe("\\xBA\\xD3\\xC4\\xCF_通报\\xC0\\xAF\\x80\\xED\\xA0\\x80.txt");
  });
});
