import path from "node:path";

/**
 * An article file's name as pages and exports show it: relative to the repository root when the
 * file lies inside it (data/articles/004.txt), else its base name, so that no page, API answer or
 * CSV tells a visitor the server's folders.
 */
export function publicSourceName(sourceFile: string, root = process.cwd()): string {
  const key = `${root}\0${sourceFile}`;
  let name = names.get(key);
  if (name === undefined) {
    // An API page names the same few files again and again; path.resolve and path.relative cost
    // a twentieth of the statements API's time.
    if (names.size >= 10_000) names.clear();
    names.set(key, (name = computeName(sourceFile, root)));
  }
  return name;
}

const names = new Map<string, string>();

function computeName(sourceFile: string, root: string): string {
  const relative = path.relative(root, path.resolve(root, sourceFile));
  const outside = relative === ".." || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative);
  if (relative && !outside) return relative.split(path.sep).join("/");
  return path.basename(sourceFile);
}
