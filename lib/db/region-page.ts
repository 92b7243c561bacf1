// Everything a region's page shows beyond its statements: posts held there, theme breakdown and
// the central directives its statements followed.
import { followedCentralDirectives } from "@/lib/central-followers";
import type { Database } from "./client";
import { datedStatementThemes } from "./statement-sql";
import { themeCountsByRegion } from "./tally-sql";
import { regionDetail, statementViews, themeList, type RegionDetail, type StatementQuery, type StatementView, type ThemeCount } from "./queries";

/** How long after a central directive a regional statement still counts as following it. */
export const FOLLOW_WINDOW_DAYS = 60;
/** The newest central statements in the window that are looked at. */
const CENTRAL_CANDIDATES = 2_000;

export interface RegionPost {
  leaderId: number;
  leader: string;
  office: string;
  city: string | null;
  startDate: string;
  endDate: string | null;
  source: string;
}

export interface RegionOverview extends RegionDetail {
  posts: RegionPost[];
  themes: ThemeCount[];
  followed: { central: StatementView; followers: { statement: StatementView; lagDays: number }[] }[];
}

export async function regionOverview(db: Database, code: string, filter: Omit<StatementQuery, "limit" | "region" | "q"> = {}): Promise<RegionOverview | null> {
  // A page's list has its own length; a `limit` in the filter is the API's.
  const detail = await regionDetail(db, code, { ...filter, limit: undefined });
  if (!detail) return null;
  const [posts, themes, themeCounts] = await Promise.all([
    db.post.findMany({
      where: { regionCode: code },
      orderBy: [{ startDate: "desc" }, { id: "asc" }],
      select: { leaderId: true, office: true, city: true, startDate: true, endDate: true, source: true, leader: { select: { name: true } } },
    }),
    themeList(db),
    themeCountsByRegion(db, { ...filter, region: code }),
  ]);
  const themeById = new Map(themes.map((t) => [t.id, t]));
  return {
    ...detail,
    posts: posts.map(({ leader, ...p }) => ({ ...p, leader: leader.name })),
    themes: themeCounts.flatMap((c) => {
      const theme = themeById.get(c.themeId);
      return theme ? [{ ...theme, statements: c.statements }] : [];
    }),
    followed: code === "central" ? [] : await followedDirectives(db, detail.statements),
  };
}

async function followedDirectives(db: Database, statements: StatementView[]): Promise<RegionOverview["followed"]> {
  const dates = statements.flatMap((s) => (s.date ? [s.date] : [])).sort();
  if (dates.length === 0) return [];
  const earliest = new Date(Date.parse(dates[0]) - FOLLOW_WINDOW_DAYS * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
  // Dates and themes only, newest first and bounded: the page shows its statements' directives, not the archive.
  const central = await datedStatementThemes(db, "central", earliest, dates.at(-1)!, CENTRAL_CANDIDATES);
  const regional = new Map(statements.map((s) => [s.id, s]));
  const followed = followedCentralDirectives(
    statements.map((s) => ({ id: s.id, date: s.date, themeIds: s.themes.map((t) => t.id) })),
    central,
    FOLLOW_WINDOW_DAYS,
  );
  const views = await statementViews(db, followed.map((f) => f.centralId));
  const centralViews = new Map(views.map((c) => [c.id, c]));
  return followed.map((f) => ({
    central: centralViews.get(f.centralId)!,
    followers: f.followers.map((x) => ({ statement: regional.get(x.id)!, lagDays: x.lagDays })),
  }));
}
