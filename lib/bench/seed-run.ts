import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

export interface SeedRun {
  ok: boolean;
  seconds: number;
  /** Peak resident memory of the seed process, from GNU time; null where it is not installed. */
  peakMegabytes: number | null;
  output: string;
}

const GNU_TIME = "/usr/bin/time";

/** Runs `npm run seed` on a folder in its own process and database, timed by GNU time. */
export function runSeed(dir: string, databaseUrl: string): SeedRun {
  const seed = [process.execPath, "--import", "tsx", "scripts/seed.ts", dir, "--reset", "--quiet"];
  const withTime = existsSync(GNU_TIME);
  const [command, ...args] = withTime ? [GNU_TIME, "-v", ...seed] : seed;
  const started = process.hrtime.bigint();
  const result = spawnSync(command, args, { env: { ...process.env, DATABASE_URL: databaseUrl }, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const peakKb = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr ?? "")?.[1];
  return {
    ok: result.status === 0,
    seconds,
    peakMegabytes: peakKb ? Number(peakKb) / 1024 : null,
    output: `${result.stdout ?? ""}${result.stderr ?? ""}`,
  };
}
