// Typed read queries for the app. Pages await these; nothing else in app/ talks to Prisma.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Database } from "./client";
import { matchCountsByRegion, matchingStatementIds, themeCountsByRegion, type SearchQuery } from "./statement-sql";

export interface SpeakerSummary {
  name: string;
  office: string | null;
  statements: number;
}

export interface LatestDirective {
  date: string | null;
  speaker: string | null;
  firstSentence: string;
}

export interface RegionSummary {
  code: string;
  name: string;
  nameEn: string;
  adcode: number | null;
  /** Statements matching the filters. */
  statements: number;
  /** Statements with no filter: tells "none at all" from "filtered to zero". */
  allStatements: number;
  speakers: SpeakerSummary[];
  /** The most frequent themes among the matching statements. */
  topThemes: ThemeCount[];
  latest: LatestDirective | null;
}

export interface ThemeCount {
  id: string;
  nameZh: string;
  nameEn: string;
  statements: number;
}

const TOP_THEMES = 3;

export interface EvidenceView {
  kind: string;
  detail: string;
}

export interface StatementView {
  id: number;
  leaderId: number | null;
  themes: { id: string; nameZh: string; nameEn: string }[];
  evidence: EvidenceView[];
  speaker: string | null;
  office: string | null;
  level: string | null;
  date: string | null;
  text: string;
  articleId: number;
  articleTitle: string | null;
}

/** The first sentence of a statement, for tooltips. */
export function firstSentence(text: string, maxLength = 80): string {
  const end = text.search(/[。！？!?]/);
  const sentence = end === -1 ? text : text.slice(0, end + 1);
  return sentence.length > maxLength ? `${sentence.slice(0, maxLength - 1)}…` : sentence;
}

/** Every region (central included) with its statement count, speakers and latest directive. */
export async function themeList(db: Database): Promise<{ id: string; nameZh: string; nameEn: string }[]> {
  return db.theme.findMany({ orderBy: { id: "asc" }, select: { id: true, nameZh: true, nameEn: true } });
}

export async function regionSummaries(db: Database, filter: Omit<StatementQuery, "limit"> = {}): Promise<RegionSummary[]> {
  const where = statementWhere(filter);
  const [regions, themes, themeCounts, counts, unfiltered, speakers, latestDates] = await Promise.all([
    db.region.findMany({ orderBy: { adcode: "asc" } }),
    themeList(db),
    themeCountsByRegion(db, filter),
    db.statement.groupBy({ by: ["regionCode"], where, _count: { _all: true } }),
    db.statement.groupBy({ by: ["regionCode"], _count: { _all: true } }),
    db.statement.groupBy({
      by: ["regionCode", "speaker", "office"],
      where: { AND: [where, { speaker: { not: null }, regionCode: { not: null } }] },
      _count: { _all: true },
    }),
    db.statement.groupBy({ by: ["regionCode"], where: { AND: [where, { date: { not: null } }] }, _max: { date: true } }),
  ]);
  const latestRows = await db.statement.findMany({
    where: {
      AND: where,
      OR: latestDates.flatMap((d) => (d.regionCode && d._max.date ? [{ regionCode: d.regionCode, date: d._max.date }] : [])),
    },
    orderBy: [{ date: "desc" }, { id: "desc" }],
    select: { regionCode: true, date: true, speaker: true, text: true },
  });

  const countByRegion = new Map(counts.map((c) => [c.regionCode, c._count._all]));
  const unfilteredByRegion = new Map(unfiltered.map((c) => [c.regionCode, c._count._all]));
  const latestByRegion = new Map<string, LatestDirective>();
  for (const row of latestRows) {
    if (row.regionCode && !latestByRegion.has(row.regionCode)) {
      latestByRegion.set(row.regionCode, { date: row.date, speaker: row.speaker, firstSentence: firstSentence(row.text) });
    }
  }
  const speakersByRegion = new Map<string, Map<string, SpeakerSummary>>();
  for (const row of speakers) {
    if (!row.regionCode || !row.speaker) continue;
    const byName = speakersByRegion.get(row.regionCode) ?? new Map<string, SpeakerSummary>();
    const current = byName.get(row.speaker) ?? { name: row.speaker, office: row.office, statements: 0 };
    current.statements += row._count._all;
    current.office ??= row.office;
    byName.set(row.speaker, current);
    speakersByRegion.set(row.regionCode, byName);
  }

  const themeById = new Map(themes.map((t) => [t.id, t]));
  const topThemesByRegion = new Map<string, ThemeCount[]>();
  for (const row of themeCounts) {
    const top = topThemesByRegion.get(row.regionCode) ?? [];
    const theme = themeById.get(row.themeId);
    if (theme && top.length < TOP_THEMES) top.push({ ...theme, statements: row.statements });
    topThemesByRegion.set(row.regionCode, top);
  }

  return regions.map((r) => ({
    code: r.code,
    name: r.name,
    nameEn: r.nameEn,
    adcode: r.adcode,
    statements: countByRegion.get(r.code) ?? 0,
    allStatements: unfilteredByRegion.get(r.code) ?? 0,
    speakers: [...(speakersByRegion.get(r.code)?.values() ?? [])].sort((a, b) => b.statements - a.statements),
    topThemes: topThemesByRegion.get(r.code) ?? [],
    latest: latestByRegion.get(r.code) ?? null,
  }));
}

export interface RegionDetail {
  code: string;
  name: string;
  fullName: string;
  nameEn: string;
  statements: StatementView[];
}

/** A region and its statements, newest first; null when the code is unknown. */
export async function regionDetail(db: Database, code: string, filter: Omit<StatementQuery, "limit" | "region"> = {}): Promise<RegionDetail | null> {
  const region = await db.region.findUnique({ where: { code } });
  if (!region) return null;
  const statements = await db.statement.findMany({
    where: statementWhere({ ...filter, region: code }),
    orderBy: [{ date: "desc" }, { articleId: "asc" }, { startChar: "asc" }],
    select: statementViewSelect,
  });
  return { code: region.code, name: region.name, fullName: region.fullName, nameEn: region.nameEn, statements: statements.map(toStatementView) };
}

export const statementViewSelect = {
  id: true,
  leaderId: true,
  speaker: true,
  office: true,
  level: true,
  date: true,
  text: true,
  articleId: true,
  evidence: true,
  article: { select: { title: true } },
  themes: { select: { theme: { select: { id: true, nameZh: true, nameEn: true } } } },
} satisfies Prisma.StatementSelect;

export type StatementRow = Prisma.StatementGetPayload<{ select: typeof statementViewSelect }>;

export function toStatementView(row: StatementRow): StatementView {
  return {
    id: row.id,
    leaderId: row.leaderId,
    themes: row.themes.map((t) => t.theme),
    evidence: parseEvidence(row.evidence),
    speaker: row.speaker,
    office: row.office,
    level: row.level,
    date: row.date,
    text: row.text,
    articleId: row.articleId,
    articleTitle: row.article.title,
  };
}

function parseEvidence(json: string): EvidenceView[] {
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? parsed.filter((e): e is EvidenceView => typeof e?.kind === "string" && typeof e?.detail === "string") : [];
  } catch {
    return [];
  }
}

export interface RegionStatementCount {
  name: string;
  statements: number;
}

/** Statement totals per region name, largest first (the seed's closing summary). */
export async function statementCountsByRegion(db: Database): Promise<RegionStatementCount[]> {
  const [regions, counts] = await Promise.all([
    db.region.findMany({ select: { code: true, name: true } }),
    db.statement.groupBy({ by: ["regionCode"], _count: { _all: true } }),
  ]);
  const nameByCode = new Map(regions.map((r) => [r.code, r.name]));
  return counts
    .map((c) => ({ name: c.regionCode ? (nameByCode.get(c.regionCode) ?? c.regionCode) : "(unknown)", statements: c._count._all }))
    .sort((a, b) => b.statements - a.statements);
}

export interface StatementQuery {
  region?: string;
  leader?: string;
  level?: string;
  theme?: string;
  from?: string;
  to?: string;
  /** Full-text search words (only findStatements and searchStatements read it). */
  q?: string;
  limit?: number;
}

/** The one translation of filters into a statement query. */
export function statementWhere(query: Omit<StatementQuery, "limit">): Prisma.StatementWhereInput {
  return {
    regionCode: query.region,
    speaker: query.leader,
    level: query.level,
    date: query.from || query.to ? { gte: query.from, lte: query.to } : undefined,
    themes: query.theme ? { some: { themeId: query.theme } } : undefined,
  };
}

export interface StatementRecord {
  id: number;
  region: string | null;
  regionEn: string | null;
  speaker: string | null;
  office: string | null;
  level: string | null;
  date: string | null;
  themes: string[];
  text: string;
  articleId: number;
  articleTitle: string | null;
  sourceFile: string;
  start: number;
  end: number;
}

/** Statements matching the filters, oldest first, as flat records for the API and exports. */
export async function findStatements(db: Database, query: StatementQuery): Promise<StatementRecord[]> {
  const limit = query.limit ?? 1_000;
  const where = query.q ? { id: { in: await matchingStatementIds(db, { ...query, q: query.q }, limit, "oldest") } } : statementWhere(query);
  const rows = await db.statement.findMany({
    where,
    orderBy: [{ date: "asc" }, { articleId: "asc" }, { startChar: "asc" }],
    take: limit,
    select: {
      id: true,
      speaker: true,
      office: true,
      level: true,
      date: true,
      text: true,
      startChar: true,
      endChar: true,
      region: { select: { name: true, nameEn: true } },
      article: { select: { id: true, title: true, sourceFile: true } },
      themes: { select: { themeId: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    region: r.region?.name ?? null,
    regionEn: r.region?.nameEn ?? null,
    speaker: r.speaker,
    office: r.office,
    level: r.level,
    date: r.date,
    themes: r.themes.map((t) => t.themeId),
    text: r.text,
    articleId: r.article.id,
    articleTitle: r.article.title,
    sourceFile: r.article.sourceFile,
    start: r.startChar,
    end: r.endChar,
  }));
}

export interface ArticleDetail {
  id: number;
  title: string | null;
  date: string | null;
  sourceFile: string;
  content: string;
  statements: (StatementView & { start: number; end: number; region: string | null })[];
}

/** An article's original text and its statements in text order; null when the id is unknown. */
export async function articleDetail(db: Database, id: number): Promise<ArticleDetail | null> {
  const article = await db.article.findUnique({ where: { id }, select: { id: true, title: true, date: true, sourceFile: true, content: true } });
  if (!article) return null;
  const rows = await db.statement.findMany({
    where: { articleId: id },
    orderBy: { startChar: "asc" },
    select: { ...statementViewSelect, startChar: true, endChar: true, region: { select: { name: true } } },
  });
  return {
    ...article,
    statements: rows.map((r) => ({ ...toStatementView(r), start: r.startChar, end: r.endChar, region: r.region?.name ?? null })),
  };
}

export interface LeaderDetail {
  id: number;
  name: string;
  posts: { region: string; office: string; startDate: string; endDate: string | null; source: string }[];
  regions: { name: string; code: string; statements: number }[];
  themes: { id: string; nameZh: string; nameEn: string; statements: number }[];
  statements: StatementView[];
}

/** A leader's posts, statements (oldest first), the regions they spoke for and their theme profile. */
export async function leaderDetail(db: Database, id: number): Promise<LeaderDetail | null> {
  const leader = await db.leader.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      posts: { orderBy: { startDate: "asc" }, select: { office: true, startDate: true, endDate: true, source: true, region: { select: { name: true } } } },
    },
  });
  if (!leader) return null;
  const rows = await db.statement.findMany({
    where: { leaderId: id },
    orderBy: [{ date: "asc" }, { articleId: "asc" }, { startChar: "asc" }],
    select: { ...statementViewSelect, region: { select: { name: true, code: true } } },
  });
  const regions = new Map<string, { name: string; code: string; statements: number }>();
  const themes = new Map<string, { id: string; nameZh: string; nameEn: string; statements: number }>();
  for (const r of rows) {
    if (r.region) {
      const entry = regions.get(r.region.code) ?? { ...r.region, statements: 0 };
      entry.statements++;
      regions.set(r.region.code, entry);
    }
    for (const { theme } of r.themes) {
      const entry = themes.get(theme.id) ?? { ...theme, statements: 0 };
      entry.statements++;
      themes.set(theme.id, entry);
    }
  }
  return {
    id: leader.id,
    name: leader.name,
    posts: leader.posts.map((p) => ({ region: p.region.name, office: p.office, startDate: p.startDate, endDate: p.endDate, source: p.source })),
    regions: [...regions.values()].sort((a, b) => b.statements - a.statements),
    themes: [...themes.values()].sort((a, b) => b.statements - a.statements),
    statements: rows.map(toStatementView),
  };
}

export interface SearchResult {
  total: number;
  byRegion: { code: string | null; name: string; nameEn: string; statements: number }[];
  statements: StatementView[];
}

/** Statements whose text contains every search word, filtered like the map, newest first. */
export async function searchStatements(db: Database, query: SearchQuery & { limit: number }): Promise<SearchResult> {
  const [ids, counts, regions] = await Promise.all([
    matchingStatementIds(db, query, query.limit, "newest"),
    matchCountsByRegion(db, query),
    db.region.findMany({ select: { code: true, name: true, nameEn: true } }),
  ]);
  const rows = await db.statement.findMany({ where: { id: { in: ids } }, select: statementViewSelect });
  const byId = new Map(rows.map((r) => [r.id, toStatementView(r)]));
  const regionByCode = new Map(regions.map((r) => [r.code, r]));
  return {
    total: counts.reduce((sum, c) => sum + c.statements, 0),
    byRegion: counts.map((c) => {
      const region = c.regionCode ? regionByCode.get(c.regionCode) : undefined;
      return { code: c.regionCode, name: region?.name ?? "未定", nameEn: region?.nameEn ?? "No region", statements: c.statements };
    }),
    statements: ids.flatMap((id) => byId.get(id) ?? []),
  };
}
