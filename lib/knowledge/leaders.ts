import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { z } from "zod";
import type { LeaderPost } from "./index";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "not an ISO date (YYYY-MM-DD)");
const optionalDate = z.union([isoDate, z.literal("")]).transform((v) => v || null);

const postRow = z.object({
  person: z.string().optional(),
  name: z.string().min(2, "no name"),
  region: z.string().min(2, "no region"),
  office: z.string(),
  role: z.enum(["secretary", "governor", "city-secretary", "mayor", "central"]),
  level: z.enum(["central", "provincial", "municipal"]),
  city: z.string().optional().default(""),
  start: optionalDate,
  end: optionalDate,
  source: z.string().min(1, "no source"),
});

const leadersMeta = z.object({ asOf: isoDate, files: z.array(z.string().regex(/^[\w.-]+\.csv$/)).min(1) });

export class KnowledgeFileError extends Error {}

function readPostFile(file: string): LeaderPost[] {
  const records = parse(readFileSync(file, "utf8"), {
    bom: true,
    columns: true,
    skip_empty_lines: true,
    trim: true,
    info: true,
  }) as { record: Record<string, string>; info: { lines: number } }[];
  return records.map(({ record, info }) => {
    const parsed = postRow.safeParse(record);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new KnowledgeFileError(`${file}:${info.lines}: ${issue?.path.join(".") || "row"}: ${issue?.message ?? "invalid"}`);
    }
    const row = parsed.data;
    if (row.start && row.end && row.end < row.start) throw new KnowledgeFileError(`${file}:${info.lines}: ends (${row.end}) before it starts (${row.start})`);
    return { ...row, person: row.person || row.name, city: row.city || null };
  });
}

/**
 * The leaders' posts: the tables data/leaders/meta.json lists, with the date up to which they were
 * checked, or the single data/leaders.csv of a data folder without one.
 */
export function readLeaderFiles(dataDir: string): { posts: LeaderPost[]; asOf: string | null } {
  const metaFile = path.join(dataDir, "leaders", "meta.json");
  if (!existsSync(metaFile)) {
    const single = path.join(dataDir, "leaders.csv");
    return { posts: existsSync(single) ? readPostFile(single) : [], asOf: null };
  }
  const parsed = leadersMeta.safeParse(JSON.parse(readFileSync(metaFile, "utf8")));
  if (!parsed.success) throw new KnowledgeFileError(`${metaFile}: ${parsed.error.issues[0]?.path.join(".")}: ${parsed.error.issues[0]?.message}`);
  const files = parsed.data.files.map((f) => path.join(dataDir, "leaders", f));
  for (const f of files) if (!existsSync(f)) throw new KnowledgeFileError(`${metaFile}: lists ${f}, which does not exist`);
  return { posts: files.flatMap(readPostFile), asOf: parsed.data.asOf };
}
