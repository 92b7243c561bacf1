// Precision and recall of echo detection against hand-labelled statement pairs, per kind.
import type { EchoKind, EchoLink, StatementForEcho } from "./detect";

export type PairLabel = EchoKind | "none";

/** A labelled pair, its statements already found (null: no statement covers the quote). */
export interface ResolvedPair {
  centralId: number | null;
  localId: number | null;
  label: PairLabel;
}

export interface Rate {
  found: number;
  predicted: number;
  labelled: number;
  precision: number;
  recall: number;
}

export interface KindEvaluation {
  echo: Rate;
  cites: Rate;
  /** Echoes and cites together: a pair counts when found with its labelled kind. */
  both: Rate;
}

/** What the detector says of a pair: the kind it linked them with, or none. */
export function predictedKind(links: Map<string, EchoLink>, pair: ResolvedPair): PairLabel {
  if (pair.centralId === null || pair.localId === null) return "none";
  return links.get(`${pair.centralId}:${pair.localId}`)?.kind ?? "none";
}

export function linkMap(links: EchoLink[]): Map<string, EchoLink> {
  const map = new Map<string, EchoLink>();
  // A pair linked both ways is a cite: naming the event wins over repeating its words.
  for (const l of links) {
    const key = `${l.centralId}:${l.localId}`;
    if (!map.has(key) || l.kind === "cites") map.set(key, l);
  }
  return map;
}

function rate(found: number, predicted: number, labelled: number): Rate {
  return { found, predicted, labelled, precision: predicted === 0 ? 1 : found / predicted, recall: labelled === 0 ? 1 : found / labelled };
}

export function evaluatePairs(pairs: ResolvedPair[], links: EchoLink[]): KindEvaluation {
  const map = linkMap(links);
  const predicted = pairs.map((p) => predictedKind(map, p));
  const count = (test: (label: PairLabel, got: PairLabel) => boolean) => pairs.filter((p, i) => test(p.label, predicted[i])).length;
  const forKind = (kind: EchoKind) => rate(count((l, g) => l === kind && g === kind), count((_, g) => g === kind), count((l) => l === kind));
  return {
    echo: forKind("echo"),
    cites: forKind("cites"),
    both: rate(count((l, g) => l !== "none" && g === l), count((_, g) => g !== "none"), count((l) => l !== "none")),
  };
}

/** The one statement containing a snippet; a snippet matching none or several is a broken fixture. */
export function statementContaining<S extends StatementForEcho>(snippet: string, statements: S[]): S {
  const found = statements.filter((s) => s.text.includes(snippet));
  if (found.length !== 1) throw new Error(`labelled pairs: "${snippet}" is in ${found.length} statements, not exactly one`);
  return found[0];
}
