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
  size = 0;

  add(phrase: string, value: T): void {
    if (!phrase) return;
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
    let best: PhraseMatch<T> | null = null;
    for (let i = pos; i < limit; i++) {
      node = node.next.get(text.charCodeAt(i));
      if (!node) break;
      if (node.values) best = { start: pos, end: i + 1, phrase: text.slice(pos, i + 1), values: node.values };
    }
    return best;
  }

  /** Non-overlapping matches, leftmost first, each the longest at its start. */
  scan(text: string, from = 0, to = text.length): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    if (this.size === 0) return out;
    const root = this.root.next;
    for (let i = from; i < to; i++) {
      if (!root.has(text.charCodeAt(i))) continue;
      const m = this.longestAt(text, i, to);
      if (m) {
        out.push(m);
        i = m.end - 1;
      }
    }
    return out;
  }
}
