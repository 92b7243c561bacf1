import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

export const ARTICLE_EXTENSIONS = [".txt", ".md"];

export interface ArticleFile {
  file: string;
  raw: string;
  contentHash: string;
}

/** A file that cannot be loaded, with a reason a person can act on. */
export class ArticleFileError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

/** The article files of a folder (not recursive), in name order. */
export function listArticleFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    throw new ArticleFileError(dir, `cannot read the folder (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  return names
    .filter((name) => ARTICLE_EXTENSIONS.includes(path.extname(name).toLowerCase()))
    .sort()
    .map((name) => path.join(dir, name));
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Reads an article as UTF-8 text, refusing files that are empty, binary or not UTF-8. */
export function readArticleFile(file: string): ArticleFile {
  let bytes: Buffer;
  try {
    if (!statSync(file).isFile()) throw new ArticleFileError(file, "not a regular file");
    bytes = readFileSync(file);
  } catch (error) {
    if (error instanceof ArticleFileError) throw error;
    throw new ArticleFileError(file, `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  if (bytes.length === 0) throw new ArticleFileError(file, "empty file");
  if (bytes.includes(0)) throw new ArticleFileError(file, "binary data (contains NUL bytes), not a text article");
  let raw: string;
  try {
    raw = utf8.decode(bytes);
  } catch {
    throw new ArticleFileError(file, "not valid UTF-8 text");
  }
  if (raw.trim().length === 0) throw new ArticleFileError(file, "contains only whitespace");
  const contentHash = createHash("sha256").update(bytes).digest("hex");
  return { file, raw, contentHash };
}
