import { accessSync, constants, copyFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Sqlite from "better-sqlite3";

/**
 * The file a read-only connection should open for `file`. On a writable folder, or when SQLite
 * can read it where it lies, the file itself. A WAL database on a read-only volume cannot be
 * read there: WAL needs a -shm file beside it, and this better-sqlite3 build opens no URI
 * filenames, so `?immutable=1` is not available. Nothing can change the file through a read-only
 * mount, so a private copy (with its -wal, if any) in the temporary folder is read instead, made
 * once for all server processes: copied, then renamed into place.
 */
export function readableDatabaseFile(file: string): string {
  if (isWritableFolder(path.dirname(file)) || opensInPlace(file)) return file;
  const { dev, ino, size, mtimeMs } = statSync(file);
  const copyDir = path.join(tmpdir(), `atlas-read-only-copy-${dev}-${ino}-${size}-${Math.round(mtimeMs)}`);
  const copy = path.join(copyDir, path.basename(file));
  console.warn(`${file}: a WAL database on a read-only volume, read from a copy (${copy})`);
  if (existsSync(copy)) return copy;
  const staging = `${copyDir}.${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  copyFileSync(file, path.join(staging, path.basename(file)));
  if (existsSync(`${file}-wal`)) copyFileSync(`${file}-wal`, path.join(staging, `${path.basename(file)}-wal`));
  try {
    renameSync(staging, copyDir);
  } catch (error) {
    // Another server process put its copy in place first.
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(copy)) throw error;
  }
  return copy;
}

function isWritableFolder(folder: string): boolean {
  try {
    accessSync(folder, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function opensInPlace(file: string): boolean {
  let db: Sqlite.Database | undefined;
  try {
    db = new Sqlite(file, { readonly: true, fileMustExist: true });
    db.prepare("SELECT count(*) FROM sqlite_schema").get();
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === "SQLITE_CANTOPEN" && existsSync(file)) return false;
    throw error;
  } finally {
    db?.close();
  }
}
