// Precision and recall of echo detection against hand-labelled clause pairs.
import type { ClauseForEcho, EchoMatch } from "./detect";

export interface LabelledPair {
  /** Text found in exactly one central directive clause. */
  central: string;
  /** Text found in exactly one provincial or municipal directive clause. */
  echo: string;
  label: "echo" | "none";
  reason: string;
}

export interface EvaluatedPair extends LabelledPair {
  found: boolean;
  score: number | null;
}

export interface Evaluation {
  pairs: EvaluatedPair[];
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  trueNegatives: number;
  precision: number;
  recall: number;
}

/** The one clause containing a snippet; a snippet matching none or several is a broken fixture. */
export function clauseContaining<C extends ClauseForEcho>(snippet: string, clauses: C[]): C {
  const found = clauses.filter((c) => c.text.includes(snippet));
  if (found.length !== 1) throw new Error(`labelled pairs: "${snippet}" is in ${found.length} directive clauses, not exactly one`);
  return found[0];
}

export function evaluateLabels(pairs: LabelledPair[], clauses: ClauseForEcho[], matches: EchoMatch[]): Evaluation {
  const scoreOf = new Map(matches.map((m) => [`${m.centralId}:${m.echoId}`, m.score]));
  const evaluated = pairs.map((pair) => {
    const central = clauseContaining(pair.central, clauses);
    const echo = clauseContaining(pair.echo, clauses);
    if (central.level !== "central") throw new Error(`labelled pairs: "${pair.central}" is not a central clause`);
    if (echo.level === "central") throw new Error(`labelled pairs: "${pair.echo}" is a central clause`);
    const score = scoreOf.get(`${central.id}:${echo.id}`) ?? null;
    return { ...pair, found: score !== null, score };
  });
  const count = (label: LabelledPair["label"], found: boolean) => evaluated.filter((p) => p.label === label && p.found === found).length;
  const truePositives = count("echo", true);
  const falsePositives = count("none", true);
  const falseNegatives = count("echo", false);
  return {
    pairs: evaluated,
    truePositives,
    falsePositives,
    falseNegatives,
    trueNegatives: count("none", false),
    precision: truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives),
    recall: truePositives + falseNegatives === 0 ? 1 : truePositives / (truePositives + falseNegatives),
  };
}
