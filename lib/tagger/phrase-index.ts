interface TrieNode<T> {
  next: Map<number, TrieNode<T>>;
  values: T[] | null;
}

export interface PhraseMatch<T> {
  start: number;
  end: number;
  phrase: string;
  values: T[];
}

/** A character trie over literal phrases: longest match at a position, or a leftmost-longest scan. */
export class PhraseIndex<T> {
  private readonly root: TrieNode<T> = { next: new Map(), values: null };
  /**
   * A bit per UTF-16 code unit: whether a phrase starts with it. Most characters of a text start
   * no phrase, and 8 KB of bits stays in the core's cache where the trie's maps do not.
   */
  private readonly firstUnits = new Uint8Array(65536 / 8);
  size = 0;

  add(phrase: string, value: T): void {
    if (!phrase) return;
    const first = phrase.charCodeAt(0);
    this.firstUnits[first >> 3] |= 1 << (first & 7);
    let node = this.root;
    for (let i = 0; i < phrase.length; i++) {
      const code = phrase.charCodeAt(i);
      let child = node.next.get(code);
      if (!child) {
        child = { next: new Map(), values: null };
        node.next.set(code, child);
      }
      node = child;
    }
    if (!node.values) {
      node.values = [];
      this.size++;
    }
    if (!node.values.includes(value)) node.values.push(value);
  }

  /** The longest phrase that starts exactly at `pos`. */
  longestAt(text: string, pos: number, limit = text.length): PhraseMatch<T> | null {
    let node: TrieNode<T> | undefined = this.root;
    let bestEnd = -1;
    let bestValues: T[] | null = null;
    for (let i = pos; i < limit; i++) {
      node = node.next.get(text.charCodeAt(i));
      if (!node) break;
      if (node.values) {
        bestEnd = i + 1;
        bestValues = node.values;
      }
    }
    return bestValues ? { start: pos, end: bestEnd, phrase: text.slice(pos, bestEnd), values: bestValues } : null;
  }

  /** Non-overlapping matches, leftmost first, each the longest at its start. */
  scan(text: string, from = 0, to = text.length): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    if (this.size === 0) return out;
    const firstUnits = this.firstUnits;
    for (let i = from; i < to; i++) {
      const unit = text.charCodeAt(i);
      if ((firstUnits[unit >> 3] & (1 << (unit & 7))) === 0) continue;
      const m = this.longestAt(text, i, to);
      if (m) {
        out.push(m);
        i = m.end - 1;
      }
    }
    return out;
  }
}
