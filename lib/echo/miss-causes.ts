// Why a labelled pair was not found with its label: the step that lost it, in words that quote no text,
// so the misses of a held-out split can be counted without reading it.
import type { EchoLink, EchoResult, StatementForEcho } from "./detect";
import { linkMap, predictedKind, type ResolvedPair } from "./evaluate";

/** Whose step lost the pair: the tagger's (statement, level, date) or the detector's (cite, wording, kind). */
export type MissStep = "statement" | "level" | "date" | "cite" | "wording" | "kind" | "false";

export interface MissCause {
  step: MissStep;
  /** The cause in words, the same for every pair it fits (counted as one row). */
  cause: string;
}

const DAY_MS = 86_400_000;
/** How far a date written to the month may lie from the day stored (as detect.ts widens windows). */
const LOOSE_DAYS = 31;

export function missCause(pair: ResolvedPair, byId: Map<number, StatementForEcho>, links: EchoLink[], all: EchoResult, windowDays: number, minScore: number): MissCause | null {
  const map = linkMap(links);
  const got = predictedKind(map, pair);
  if (got === pair.label) return null;
  const label = pair.label;
  if (label === "none") return { step: "false", cause: `false ${got}: ${map.get(`${pair.centralId}:${pair.localId}`)?.cite ? "by a cite" : "by wording"}` };
  if (pair.centralId === null || pair.localId === null) return { step: "statement", cause: `${label}: quote covered by no statement` };
  if (pair.centralId === pair.localId) return { step: "statement", cause: `${label}: both quotes in one statement` };
  const central = byId.get(pair.centralId)!;
  const local = byId.get(pair.localId)!;
  if (central.level !== "central") return { step: "level", cause: `${label}: central side tagged ${central.level}` };
  if (local.level !== "provincial" && local.level !== "municipal") return { step: "level", cause: `${label}: local side tagged ${local.level}` };
  if (!local.date) return { step: "date", cause: `${label}: local undated` };
  const lag = central.date ? (Date.parse(local.date) - Date.parse(central.date)) / DAY_MS : null;
  const when = lag === null ? "central undated" : lag < -LOOSE_DAYS ? "local dated before" : lag > windowDays + LOOSE_DAYS ? "local dated after the window" : "in window";
  const cites = all.cited.filter((c) => c.localId === pair.localId);
  const read = [...new Set(cites.map((c) => `${c.cite.kind}${c.centralIds.length > 0 ? "→other" : "→nothing"}`))].sort().join(",");
  const step: MissStep = when !== "in window" ? "date" : got !== "none" ? "kind" : label === "cites" ? "cite" : "wording";
  if (got !== "none") return { step, cause: `${label} found as ${got} (${when}; cites read: ${read || "none"})` };
  const scored = all.links.find((l) => l.centralId === pair.centralId && l.localId === pair.localId);
  const wording = scored ? `wording ${scored.score.toFixed(1)} < ${minScore}` : "no wording kept";
  return { step, cause: `${label}: ${cites.length === 0 ? "no cite read" : `cites read ${read}`}, ${wording} (${when})` };
}
