// Local alignment of two wordings in the style of passim and the Legislative Influence Detector:
// shared trigrams seed runs along a diagonal, runs a few characters apart on both sides join into
// one span (防风险、除隐患、保安全 ~ 防风险、保安全: an inserted or swapped member does not break it),
// and a span counts by the rarity of what it shares, never by its length alone.

export const GRAM = 3;
/** Characters that may stand between two runs of one span, on either side (除隐患, 迎盛会 for 迎二十大). */
export const MAX_GAP = 4;
/** A trigram found this often in one statement is read as a refrain there, not as an anchor. */
const MAX_POSITIONS = 8;

export interface SharedSpan {
  /** [start, end) in the local wording and in the central wording. */
  localFrom: number;
  localTo: number;
  centralFrom: number;
  centralTo: number;
  /** Characters of the local wording inside shared trigrams. */
  shared: number;
  /** Sum of the rarity weights of the distinct trigrams shared. */
  weight: number;
}

export function trigramsOf(text: string): string[] {
  const grams: string[] = [];
  for (let i = 0; i + GRAM <= text.length; i++) grams.push(text.slice(i, i + GRAM));
  return grams;
}

/** Where each trigram of a wording starts. */
export function positionsOf(grams: string[]): Map<string, number[]> {
  const positions = new Map<string, number[]>();
  grams.forEach((g, i) => {
    const list = positions.get(g);
    if (!list) positions.set(g, [i]);
    else if (list.length < MAX_POSITIONS) list.push(i);
  });
  return positions;
}

interface Run {
  i: number;
  j: number;
  /** Trigrams in the run. */
  length: number;
}

/** Maximal runs of shared trigrams on one diagonal. */
function diagonalRuns(localGrams: string[], central: Map<string, number[]>): Run[] {
  const open = new Map<number, Run>();
  const runs: Run[] = [];
  for (let i = 0; i < localGrams.length; i++) {
    const js = central.get(localGrams[i]);
    if (!js) continue;
    for (const j of js) {
      const diagonal = j - i;
      const run = open.get(diagonal);
      if (run && run.i + run.length === i) run.length++;
      else {
        const fresh = { i, j, length: 1 };
        open.set(diagonal, fresh);
        runs.push(fresh);
      }
    }
  }
  return runs.sort((a, b) => a.i - b.i || a.j - b.j);
}

/**
 * The spans two wordings share, each weighed by the rarity of the distinct trigrams it shares
 * (`weight` gives 0 to stock wording, which then joins spans but adds nothing to them).
 */
export function sharedSpans(localGrams: string[], centralPositions: Map<string, number[]>, weight: (gram: string) => number): SharedSpan[] {
  const runs = diagonalRuns(localGrams, centralPositions);
  const chains: Run[][] = [];
  for (const run of runs) {
    let best: Run[] | null = null;
    for (const chain of chains) {
      const last = chain[chain.length - 1];
      const localGap = run.i - (last.i + last.length + GRAM - 1);
      const centralGap = run.j - (last.j + last.length + GRAM - 1);
      // Overlapping trigrams (gap down to 1 - GRAM) continue the span; a long jump on either side starts another.
      if (localGap >= 1 - GRAM && localGap <= MAX_GAP && centralGap >= 1 - GRAM && centralGap <= MAX_GAP && run.i > last.i && run.j > last.j) {
        if (!best || last.i + last.length > best[best.length - 1].i + best[best.length - 1].length) best = chain;
      }
    }
    if (best) best.push(run);
    else chains.push([run]);
  }
  return chains.map((chain) => {
    const grams = new Set<string>();
    const covered = new Set<number>();
    for (const r of chain) {
      for (let k = 0; k < r.length; k++) {
        grams.add(localGrams[r.i + k]);
        for (let c = 0; c < GRAM; c++) covered.add(r.i + k + c);
      }
    }
    let total = 0;
    for (const g of grams) total += weight(g);
    const first = chain[0];
    const last = chain[chain.length - 1];
    return {
      localFrom: first.i,
      localTo: last.i + last.length + GRAM - 1,
      centralFrom: first.j,
      centralTo: last.j + last.length + GRAM - 1,
      shared: covered.size,
      weight: total,
    };
  });
}
