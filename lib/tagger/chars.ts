// Scanning text for one of a few punctuation marks. `text[i]` makes a new string for every
// Chinese character (only Latin-1 ones are shared), and a scan that tests them one by one made
// a quarter of everything the tagger allocated: these compare character codes instead.

/** A set of characters to look for. */
export function charSet(chars: string): ReadonlySet<number> {
  return new Set(Array.from(chars, (c) => c.charCodeAt(0)));
}

/** The index of the first character of `set` in `text` from `from` up to `limit`, or `limit`. */
export function nextCharIn(text: string, set: ReadonlySet<number>, from: number, limit: number): number {
  let i = from;
  while (i < limit && !set.has(text.charCodeAt(i))) i++;
  return i;
}

/** The index just after the last character of `set` in `text` before `from` and after `floor`, or `floor`. */
export function afterPreviousCharIn(text: string, set: ReadonlySet<number>, from: number, floor = 0): number {
  let i = from;
  while (i > floor && !set.has(text.charCodeAt(i - 1))) i--;
  return i;
}
