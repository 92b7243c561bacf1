import { createHash } from "node:crypto";
import { closeSync, constants, fstatSync, openSync, readdirSync, readSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
import type { ArticleMetadata } from "./article-metadata";
import { decodeArticleBytes, NotArticleTextError } from "./article-text";
import { nameFromBytes, pathOnDisk, readableName } from "./file-name";
import { FrontMatterError, splitFrontMatter } from "./front-matter";

export const ARTICLE_EXTENSIONS = [".txt", ".md"];
/** Files of many articles, one a record (corpus-file.ts). */
export const CORPUS_EXTENSIONS = [".jsonl", ".csv"];

export interface ArticleFile {
  file: string;
  /** The file's absolute path with every symbolic link and `..` resolved: one file, one name, however it was reached. */
  realPath: string;
  /** The article's text: the file's text after any front matter. Offsets of statements index it. */
  raw: string;
  /** What the front matter says; empty without one. */
  metadata: ArticleMetadata;
  contentHash: string;
}

/** A file that cannot be loaded, with a reason a person can act on. */
export class ArticleFileError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${readableName(file)}: ${reason}`);
  }
}

/** The article files of a folder (not recursive), in name order; a name that is not UTF-8 is kept whole (file-name.ts). */
export function listArticleFiles(dir: string, extensions = ARTICLE_EXTENSIONS): string[] {
  let names: string[];
  try {
    names = readdirSync(dir, { encoding: "buffer" }).map(nameFromBytes);
  } catch (error) {
    throw new ArticleFileError(dir, `cannot read the folder (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  return names
    .filter((name) => extensions.includes(path.extname(name).toLowerCase()))
    .sort()
    .map((name) => path.join(dir, name));
}

/** The files the seed loads from a folder: articles, and corpus files of many articles. */
export function listSeedFiles(dir: string): string[] {
  return listArticleFiles(dir, [...ARTICLE_EXTENSIONS, ...CORPUS_EXTENSIONS]);
}

/** Larger than any news article; a bigger file is a mistake, and is refused before it is read. */
export const MAX_ARTICLE_BYTES = 10 * 1024 * 1024;
/** A corpus file holds many articles, and is read whole: this keeps it within the seed's memory. */
export const MAX_CORPUS_BYTES = 256 * 1024 * 1024;

const FILE_ERRORS: Record<string, string> = {
  ENOENT: "cannot be read: it does not exist (a dangling symbolic link?)",
  ELOOP: "cannot be read: symbolic link loop",
  EACCES: "cannot be read: permission denied",
  EPERM: "cannot be read: permission denied",
  EISDIR: "is a folder, not a file",
};

/**
 * Reads an article file, decodes it (see article-text.ts for what is accepted) and takes off its
 * front matter. The hash is of the decoded text, so the same article saved in another encoding is
 * still a duplicate, and of the metadata when there is some, so a corrected date or address replaces it.
 */
export function readArticleFile(file: string): ArticleFile {
  const { realPath, text } = readTextFile(file, MAX_ARTICLE_BYTES);
  let split;
  try {
    split = splitFrontMatter(text);
  } catch (error) {
    if (error instanceof FrontMatterError) throw new ArticleFileError(file, error.message);
    throw error;
  }
  return { file, realPath, raw: split.body, metadata: split.metadata, contentHash: articleHash(split.body, split.metadata) };
}

/** The identity of an article's text and metadata; the text alone when it has no metadata. */
export function articleHash(text: string, metadata: ArticleMetadata): string {
  const hash = createHash("sha256").update(text, "utf8");
  const fields = Object.entries(metadata)
    .filter(([, value]) => value !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  if (fields.length > 0) hash.update(`\0${JSON.stringify(fields)}`, "utf8");
  return hash.digest("hex");
}

/** A file's decoded text and real path, refused with a reason when it cannot be read as text. */
export function readTextFile(file: string, maxBytes: number): { realPath: string; text: string } {
  let bytes: Buffer;
  let realPath: string;
  const onDisk = pathOnDisk(file);
  try {
    const stats = statSync(onDisk);
    if (stats.isDirectory()) throw new ArticleFileError(file, "is a folder, not a file");
    if (!stats.isFile()) throw new ArticleFileError(file, "not a regular file (a pipe, socket or device)");
    if (stats.size > maxBytes) throw new ArticleFileError(file, tooLarge(stats.size, maxBytes));
    bytes = readUnchanged(file, onDisk, maxBytes);
    // The native call: the JavaScript one turns a path of bytes back into a string on the way.
    realPath = readableName(nameFromBytes(realpathSync.native(onDisk, { encoding: "buffer" })));
  } catch (error) {
    if (error instanceof ArticleFileError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? "";
    throw new ArticleFileError(file, FILE_ERRORS[code] ?? `cannot be read (${code || String(error)})`);
  }
  try {
    return { realPath, text: decodeArticleBytes(bytes).text };
  } catch (error) {
    if (error instanceof NotArticleTextError) throw new ArticleFileError(file, error.message);
    throw error;
  }
}

/**
 * A file saved this recently may still be being written: a writer the machine paused mid-save
 * leaves size and time unchanged across a read. Such a file must stay unchanged this long.
 */
const QUIET_MS = 200;

/**
 * The file's bytes, read through one descriptor, if its size and modification time are the same
 * after the read as before, and stay so until it has been quiet for QUIET_MS (an editor saving
 * it as the seed reads it would leave it half-written).
 */
function readUnchanged(file: string, onDisk: string | Buffer, maxBytes: number): Buffer {
  // Non-blocking: a FIFO put in the file's place since it was checked must not hang the seed.
  const fd = openSync(onDisk, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const before = fstatSync(fd);
    if (!before.isFile()) throw new ArticleFileError(file, "not a regular file (a pipe, socket or device)");
    if (before.size > maxBytes) throw new ArticleFileError(file, tooLarge(before.size, maxBytes));
    // One byte more than its size: a file growing as it is read shows it.
    const buffer = Buffer.allocUnsafe(before.size + 1);
    let length = 0;
    while (length < buffer.length) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    let after = fstatSync(fd);
    const sinceSaved = Date.now() - after.mtimeMs;
    if (length === before.size && sinceSaved < QUIET_MS) {
      sleep(QUIET_MS - sinceSaved);
      after = fstatSync(fd);
    }
    if (length !== before.size || after.size !== before.size || after.mtimeMs !== before.mtimeMs) {
      throw new ArticleFileError(file, `changed while it was being read (${before.size} bytes, then ${after.size}); load it again once it is saved`);
    }
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** In bytes: rounded to megabytes, a file one byte over the limit read "10.0 MB, the limit is 10.0 MB". */
function tooLarge(bytes: number, maxBytes: number): string {
  const count = (n: number) => n.toLocaleString("en-US");
  return `too large: ${count(bytes)} bytes (${(bytes / 1024 / 1024).toFixed(1)} MB), over the limit of ${count(maxBytes)} bytes (${maxBytes / 1024 / 1024} MB)`;
}
