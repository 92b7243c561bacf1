import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ArticleFileError, listArticleFiles, MAX_ARTICLE_BYTES, readArticleFile } from "./article-file";

function folderWith(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "atlas-files-"));
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return dir;
}

describe("listArticleFiles", () => {
  it("lists .txt and .md files in name order and ignores others", () => {
    const dir = folderWith({ "b.md": "乙", "a.txt": "甲", "c.json": "{}", "d.TXT": "丁" });
    expect(listArticleFiles(dir).map((f) => path.basename(f))).toEqual(["a.txt", "b.md", "d.TXT"]);
  });

  it("names the folder when it cannot be read", () => {
    expect(() => listArticleFiles("/no/such/folder")).toThrow(/\/no\/such\/folder: cannot read the folder \(ENOENT\)/);
  });
});

describe("readArticleFile", () => {
  it("reads UTF-8 Chinese text and hashes its bytes", () => {
    const dir = folderWith({ "a.txt": "省委书记楼阳生强调,要压实责任。", "b.txt": "省委书记楼阳生强调,要压实责任。" });
    const a = readArticleFile(path.join(dir, "a.txt"));
    expect(a.raw).toBe("省委书记楼阳生强调,要压实责任。");
    expect(a.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(readArticleFile(path.join(dir, "b.txt")).contentHash).toBe(a.contentHash);
  });

  it.each([
    ["empty.txt", "", /empty file/],
    ["blank.txt", " \n\t\n", /only whitespace/],
    ["image.txt", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x1a, 0xff, 0x10]), /a PNG image/],
    ["nul.txt", Buffer.from([0xe7, 0x94, 0xb2, 0x00, 0x1a, 0xff, 0x10]), /binary data/],
    ["latin1.txt", Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x61]), /not valid UTF-8/],
  ])("refuses %s with a reason that names the file", (name, content, reason) => {
    const file = path.join(folderWith({ [name]: content }), name);
    let caught: unknown;
    try {
      readArticleFile(file);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ArticleFileError);
    expect((caught as ArticleFileError).file).toBe(file);
    expect((caught as Error).message).toMatch(reason);
    expect((caught as Error).message.startsWith(file)).toBe(true);
  });

  it("says by how many bytes a file is over the limit", () => {
    const file = path.join(folderWith({ "long.txt": Buffer.alloc(MAX_ARTICLE_BYTES + 1, 0x41) }), "long.txt");
    expect(() => readArticleFile(file)).toThrow(`too large: 10,485,761 bytes (10.0 MB), over the limit of 10,485,760 bytes (10 MB)`);
  });

  it("reads a file whose name is not UTF-8, and names it with \\xNN", () => {
    const dir = folderWith({});
    const name = Buffer.concat([Buffer.from([0xba, 0xd3, 0xc4, 0xcf]), Buffer.from(".txt")]); // 河南.txt in GBK
    writeFileSync(Buffer.concat([Buffer.from(dir + "/"), name]), "河南省委书记楼阳生强调,要压实四方责任。");
    const [file] = listArticleFiles(dir);
    const article = readArticleFile(file);
    expect(article.raw).toBe("河南省委书记楼阳生强调,要压实四方责任。");
    expect(article.realPath).toBe(path.join(dir, "\\xBA\\xD3\\xC4\\xCF.txt"));
  });

  it("never returns a file an editor is saving half-written: a read during a change is refused", { timeout: 60_000 }, async () => {
    const dir = folderWith({});
    const file = path.join(dir, "saving.txt");
    // Two versions of different sizes, each saved by truncating the file and writing it anew.
    const versions = [8, 9].map((n) => "河南省委书记楼阳生强调,要压实四方责任。\n".repeat(n * 12_000));
    versions.forEach((text, i) => writeFileSync(path.join(dir, `version${i}`), text));
    writeFileSync(file, versions[0]);
    const editor = spawn(process.execPath, [
      "-e",
      `const fs = require("node:fs"); const v = [0, 1].map((i) => fs.readFileSync(${JSON.stringify(dir)} + "/version" + i));
       for (let i = 0; ; i++) { const fd = fs.openSync(${JSON.stringify(file)}, "w"); fs.writeSync(fd, v[i % 2]); fs.closeSync(fd); }`,
    ]);
    try {
      let refused = 0;
      for (let read = 0; read < 200 && refused < 5; read++) {
        try {
          expect(versions).toContain(readArticleFile(file).raw);
        } catch (error) {
          if (!(error instanceof ArticleFileError)) throw error;
          expect(error.reason).toMatch(/changed while it was being read|empty file/);
          if (/changed/.test(error.reason)) refused++;
        }
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      expect(refused).toBeGreaterThan(0);
    } finally {
      editor.kill("SIGKILL");
    }
  });
});
