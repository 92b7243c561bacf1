// Wording in use before the centre spoke is not the centre's: a span that a statement of another
// article had already written (严格落实安全生产, 明年经济工作) shows a shared field, not an echo. One pass
// over the corpus answers every span at once, reading only the postings of each span's rarest trigram.

export interface PriorUseQuery {
  /** The span's wording (normalised, as wordingOf gives it). */
  text: string;
  /** The trigram of the span found in fewest statements: every statement holding the span holds it. */
  keyGram: string;
  /** Only statements that may have been made before this day count. */
  beforeDay: number;
  /** Articles whose statements do not count (the echoing and the echoed statement's own). */
  articleIds: number[];
}

export interface PriorStatement {
  articleId: number;
  /** The statement's wording, as wordingOf gives it. */
  text: string;
  distinct: Set<string>;
  /** The latest day the statement may have been made on, or null when undated. */
  latestDay: number | null;
}

/** A span written before in this many other articles is stock wording; once is a coincidence (or a wrong date). */
export const PRIOR_ARTICLES = 2;
/** How many of the earliest holders of a span are kept: enough to pass over the two excluded articles. */
const EARLIEST_KEPT = PRIOR_ARTICLES + 2;

/** The indices of the queries whose span an earlier statement of another article already holds. */
export function spansInPriorUse(queries: PriorUseQuery[], statements: PriorStatement[]): Set<number> {
  // Each distinct span is looked for once, however many pairs share it.
  const textsByGram = new Map<string, Set<string>>();
  for (const q of queries) (textsByGram.get(q.keyGram) ?? textsByGram.set(q.keyGram, new Set()).get(q.keyGram)!).add(q.text);
  const earliest = new Map<string, { day: number; articleId: number }[]>();
  for (const s of statements) {
    if (s.latestDay === null) continue;
    for (const g of s.distinct) {
      const texts = textsByGram.get(g);
      if (!texts) continue;
      for (const text of texts) {
        if (!s.text.includes(text)) continue;
        const holders = earliest.get(text) ?? earliest.set(text, []).get(text)!;
        const same = holders.find((h) => h.articleId === s.articleId);
        if (same) same.day = Math.min(same.day, s.latestDay);
        else holders.push({ day: s.latestDay, articleId: s.articleId });
        holders.sort((a, b) => a.day - b.day);
        if (holders.length > EARLIEST_KEPT) holders.length = EARLIEST_KEPT;
      }
    }
  }
  const inUse = new Set<number>();
  queries.forEach((q, i) => {
    if ((earliest.get(q.text) ?? []).filter((h) => h.day < q.beforeDay && !q.articleIds.includes(h.articleId)).length >= PRIOR_ARTICLES) inUse.add(i);
  });
  return inUse;
}
