// Which central directive each regional statement followed: the latest central statement on a
// shared theme issued on or before it, within a window. Themes, not wording: the echo tracer
// (lib/echo) matches wording.

export interface DatedStatement {
  id: number;
  date: string | null;
  themeIds: string[];
}

export interface FollowedDirective {
  centralId: number;
  /** The region's statements that followed it, with the lag in days. */
  followers: { id: number; lagDays: number }[];
}

const DAY_MS = 24 * 60 * 60 * 1000;

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);
}

/** Central directives, newest first, each with the regional statements that followed it. */
export function followedCentralDirectives(regional: DatedStatement[], central: DatedStatement[], windowDays = 60): FollowedDirective[] {
  const datedCentral = central
    .filter((c) => c.date)
    // ISO dates order as plain strings; localeCompare collates, and is slower.
    .sort((a, b) => (a.date! < b.date! ? 1 : a.date! > b.date! ? -1 : b.id - a.id))
    .map((c) => ({ id: c.id, themeIds: c.themeIds, day: Date.parse(c.date!) / DAY_MS }));
  // For each theme, the positions in datedCentral of the central statements on it, in order: a
  // statement on a rare theme finds its directive by binary search, not by a walk past every
  // central statement of the window on other themes.
  const positionsByTheme = new Map<string, number[]>();
  datedCentral.forEach((c, position) => {
    for (const theme of c.themeIds) {
      const positions = positionsByTheme.get(theme) ?? [];
      positions.push(position);
      positionsByTheme.set(theme, positions);
    }
  });
  const byCentral = new Map<number, FollowedDirective>();
  for (const statement of regional) {
    if (!statement.date) continue;
    const day = Date.parse(statement.date) / DAY_MS;
    // The newest central statement on or before the day that shares a theme, if within the window.
    const start = firstOnOrBefore(datedCentral, day);
    let nearest = Infinity;
    for (const theme of statement.themeIds) {
      const positions = positionsByTheme.get(theme);
      if (!positions) continue;
      const at = firstAtOrAfter(positions, start);
      if (at < positions.length) nearest = Math.min(nearest, positions[at]);
    }
    const followed = nearest < datedCentral.length ? datedCentral[nearest] : undefined;
    if (!followed || day - followed.day > windowDays) continue;
    const entry = byCentral.get(followed.id) ?? { centralId: followed.id, followers: [] };
    entry.followers.push({ id: statement.id, lagDays: Math.round(day - followed.day) });
    byCentral.set(followed.id, entry);
  }
  const order = new Map(datedCentral.map((c, i) => [c.id, i]));
  return [...byCentral.values()].sort((a, b) => order.get(a.centralId)! - order.get(b.centralId)!);
}

/** Index of the first number at or after `position` in an ascending list, by binary search. */
function firstAtOrAfter(ascending: number[], position: number): number {
  let [low, high] = [0, ascending.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (ascending[middle] < position) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Index of the first statement (newest first) dated on or before `day`, by binary search. */
function firstOnOrBefore(newestFirst: { day: number }[], day: number): number {
  let [low, high] = [0, newestFirst.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (newestFirst[middle].day > day) low = middle + 1;
    else high = middle;
  }
  return low;
}
