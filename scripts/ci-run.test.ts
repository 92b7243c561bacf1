import { spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Runs .ci/run in a copy of the repository's layout where `npm test` (SQLite) and
 * scripts/test-postgres.sh (PostgreSQL) exit with the given codes; the log of what ran and the exit code.
 */
function ciRun(sqliteExit: number, postgresExit: number): { status: number | null; log: string } {
  const root = mkdtempSync(path.join(tmpdir(), "atlas-ci-"));
  mkdirSync(path.join(root, ".ci"));
  mkdirSync(path.join(root, "scripts"));
  mkdirSync(path.join(root, "bin"));
  copyFileSync(".ci/run", path.join(root, ".ci", "run"));
  const log = path.join(root, "ran.log");
  const stub = (file: string, body: string) => {
    writeFileSync(file, `#!/usr/bin/env bash\n${body}\n`);
    chmodSync(file, 0o755);
  };
  stub(path.join(root, "bin", "npm"), `echo "npm $*" >> ${log}; [ "$1" = test ] && exit ${sqliteExit}; exit 0`);
  stub(path.join(root, "bin", "fc-list"), `echo "Noto Sans CJK"`);
  stub(path.join(root, "bin", "apt-get"), `echo "apt-get $*" >> ${log}`);
  stub(path.join(root, "scripts", "test-postgres.sh"), `echo "test-postgres $*" >> ${log}; exit ${postgresExit}`);
  const result = spawnSync("bash", [path.join(root, ".ci", "run")], {
    encoding: "utf8",
    env: { ...process.env, PATH: `${path.join(root, "bin")}:${process.env.PATH}`, CHROMIUM_PATH: "/bin/true" },
  });
  let ran = "";
  try {
    ran = readFileSync(log, "utf8");
  } catch {
    ran = "";
  }
  return { status: result.status, log: ran };
}

describe(".ci/run", () => {
  it("runs the tests on SQLite and on PostgreSQL, and passes only when both pass", () => {
    const green = ciRun(0, 0);
    expect(green.log).toContain("npm test");
    expect(green.log).toContain("test-postgres all");
    expect(green.status).toBe(0);
  });

  it("fails when either engine fails, having run the other", () => {
    const sqliteRed = ciRun(1, 0);
    expect(sqliteRed.status).toBe(1);
    expect(sqliteRed.log).toContain("test-postgres all");
    expect(ciRun(0, 3).status).toBe(1);
  });
});
