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
    .sort((a, b) => b.date!.localeCompare(a.date!) || b.id - a.id)
    .map((c) => ({ ...c, day: Date.parse(c.date!) / DAY_MS, themes: new Set(c.themeIds) }));
  const byCentral = new Map<number, FollowedDirective>();
  for (const statement of regional) {
    if (!statement.date) continue;
    const day = Date.parse(statement.date) / DAY_MS;
    // The newest central statement on or before the day, then older ones while within the window.
    let followed: (typeof datedCentral)[number] | undefined;
    for (let i = firstOnOrBefore(datedCentral, day); i < datedCentral.length && day - datedCentral[i].day <= windowDays; i++) {
      if (statement.themeIds.some((t) => datedCentral[i].themes.has(t))) {
        followed = datedCentral[i];
        break;
      }
    }
    if (!followed) continue;
    const entry = byCentral.get(followed.id) ?? { centralId: followed.id, followers: [] };
    entry.followers.push({ id: statement.id, lagDays: Math.round(day - followed.day) });
    byCentral.set(followed.id, entry);
  }
  const order = new Map(datedCentral.map((c, i) => [c.id, i]));
  return [...byCentral.values()].sort((a, b) => order.get(a.centralId)! - order.get(b.centralId)!);
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
