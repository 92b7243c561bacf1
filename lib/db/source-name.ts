import path from "node:path";

/**
 * An article file's name as pages and exports show it: relative to the repository root when the
 * file lies inside it (data/articles/004.txt), else its base name, so that no page, API answer or
 * CSV tells a visitor the server's folders.
 */
export function publicSourceName(sourceFile: string, root = process.cwd()): string {
  const relative = path.relative(root, path.resolve(root, sourceFile));
  const outside = relative === ".." || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative);
  if (relative && !outside) return relative.split(path.sep).join("/");
  return path.basename(sourceFile);
}
