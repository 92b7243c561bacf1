import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Knowledge } from "@/lib/knowledge";
import { syntheticCorpus } from "./synthetic-corpus";

/** Bumped when the generator changes what it writes, so stale corpora are regenerated. */
const GENERATOR_VERSION = 3;

/**
 * Writes `count` articles of the seed's corpus to `dir`, one file at a time, unless a complete
 * copy is already there; returns the folder.
 */
export function ensureCorpus(dir: string, knowledge: Knowledge, seed: number, count: number): { dir: string; generated: boolean } {
  const marker = path.join(dir, ".complete");
  const expected = JSON.stringify({ seed, count, version: GENERATOR_VERSION });
  if (existsSync(marker) && readFileSync(marker, "utf8") === expected) return { dir, generated: false };
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const article of syntheticCorpus(knowledge, seed, count)) writeFileSync(path.join(dir, article.fileName), article.text);
  writeFileSync(marker, expected);
  return { dir, generated: true };
}
