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
  const datedCentral = central.filter((c) => c.date).sort((a, b) => b.date!.localeCompare(a.date!) || b.id - a.id);
  const byCentral = new Map<number, FollowedDirective>();
  for (const statement of regional) {
    if (!statement.date) continue;
    const followed = datedCentral.find((c) => {
      const lag = daysBetween(c.date!, statement.date!);
      return lag >= 0 && lag <= windowDays && c.themeIds.some((t) => statement.themeIds.includes(t));
    });
    if (!followed) continue;
    const entry = byCentral.get(followed.id) ?? { centralId: followed.id, followers: [] };
    entry.followers.push({ id: statement.id, lagDays: daysBetween(followed.date!, statement.date) });
    byCentral.set(followed.id, entry);
  }
  const order = new Map(datedCentral.map((c, i) => [c.id, i]));
  return [...byCentral.values()].sort((a, b) => order.get(a.centralId)! - order.get(b.centralId)!);
}
