// Typed read queries for the app. Pages await these; nothing else in app/ talks to Prisma.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Database } from "./client";
import { dialectOf, type Dialect } from "./dialect";
import { searchedPage, searchedStatementIds } from "./search";
import { filterConditions, type SearchBounds, type SearchQuery } from "./statement-sql";
import { capTopic } from "@/lib/topics";
import { selectedKind, topicOfThemeFilter } from "./filter-values";
import { latestStatementId } from "./tally";
import { regionTotals, speakerTally, themeCountsByRegion, themeTotals } from "./tally-sql";

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
  /** The theme of a "theme" item, the story's field of a "topic" item. */
  theme?: string;
  /** How a "statement-kind" item decided (lib/tagger/kinds.ts). */
  rule?: string;
}

export interface StatementView {
  id: number;
  leaderId: number | null;
  themes: { id: string; nameZh: string; nameEn: string }[];
  /** directive, assessment or procedural. */
  kind: string;
  /** CAP major-topic codes, the primary first. */
  topics: number[];
  evidence: EvidenceView[];
  speaker: string | null;
  office: string | null;
  level: string | null;
  date: string | null;
  text: string;
  articleId: number;
  articleTitle: string | null;
  /** The article's outlet, address and date: what a citation of the statement needs. */
  source: string | null;
  url: string | null;
  articleDate: string | null;
  /** The other papers that carried the same story (its reprints), counted once with it. */
  alsoIn: ArticleCitation[];
}

export interface ArticleCitation {
  source: string | null;
  title: string | null;
  url: string | null;
  date: string | null;
}

/** The first sentence of a statement, for tooltips. */
export function firstSentence(text: string, maxLength = 80): string {
  const end = text.search(/[。！？!?]/);
  const sentence = end === -1 ? text : text.slice(0, end + 1);
  return sentence.length > maxLength ? `${sentence.slice(0, maxLength - 1)}…` : sentence;
}

/** Every region (central included) with its statement count, speakers and latest directive. */
export async function themeList(db: Database): Promise<ThemeOption[]> {
  return db.theme.findMany({ orderBy: { id: "asc" }, select: { id: true, nameZh: true, nameEn: true, topic: true, parentId: true } });
}

export interface ThemeOption {
  id: string;
  nameZh: string;
  nameEn: string;
  /** CAP major-topic code. */
  topic: number;
  /** The broader theme it belongs to (the epidemic's testing, tracing...). */
  parentId: string | null;
}

export async function regionSummaries(db: Database, filter: Omit<StatementQuery, "limit"> = {}): Promise<RegionSummary[]> {
  // Counts come from the tally the seed keeps (lib/db/tally.ts), not from the statements.
  const filtered = Object.values(filter).some((value) => value !== undefined);
  const [regions, themes, speakers, unfiltered, themeCounts] = await Promise.all([
    db.region.findMany({ orderBy: { adcode: "asc" } }),
    themeList(db),
    speakerTally(db, filter),
    // Without filters the speakers' counts are the unfiltered counts: no second read.
    filtered ? regionTotals(db, {}) : null,
    themeCountsByRegion(db, filter, TOP_THEMES),
  ]);
  const countByRegion = new Map<string, number>();
  const latestByRegion = new Map<string, string>();
  for (const row of speakers) {
    countByRegion.set(row.regionCode, (countByRegion.get(row.regionCode) ?? 0) + row.statements);
    const latest = row.latest;
    if (latest && latest > (latestByRegion.get(row.regionCode) ?? "")) latestByRegion.set(row.regionCode, latest);
  }
  const latestRows = await db.statement.findMany({
    where: { id: { in: [...latestByRegion.values()].map(latestStatementId) } },
    select: { regionCode: true, date: true, speaker: true, text: true },
  });

  const unfilteredByRegion = unfiltered ?? countByRegion;
  const latestDirectiveByRegion = new Map<string, LatestDirective>();
  for (const row of latestRows) {
    if (row.regionCode) latestDirectiveByRegion.set(row.regionCode, { date: row.date, speaker: row.speaker, firstSentence: firstSentence(row.text) });
  }
  const speakersByRegion = new Map<string, Map<string, SpeakerSummary>>();
  for (const row of speakers) {
    if (!row.speaker) continue;
    const byName = speakersByRegion.get(row.regionCode) ?? new Map<string, SpeakerSummary>();
    const current = byName.get(row.speaker) ?? { name: row.speaker, office: row.office, statements: 0 };
    current.statements += row.statements;
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
    latest: latestDirectiveByRegion.get(r.code) ?? null,
  }));
}

export interface RegionDetail {
  code: string;
  name: string;
  fullName: string;
  nameEn: string;
  /** The newest statements, at most the limit asked for. */
  statements: StatementView[];
  /** All the region's statements matching the filters. */
  total: number;
}

/** Statements a page lists at most; the totals say how many there are. */
export const PAGE_STATEMENTS = 200;

/** A region and its newest statements; null when the code is unknown. */
export async function regionDetail(db: Database, code: string, filter: Omit<StatementQuery, "region"> = {}): Promise<RegionDetail | null> {
  const region = await db.region.findUnique({ where: { code } });
  if (!region) return null;
  const [statements, totals] = await Promise.all([
    db.statement.findMany({
      where: statementWhere({ ...filter, region: code }),
      orderBy: [{ date: { sort: "desc", nulls: "last" } }, { articleId: "asc" }, { startChar: "asc" }],
      take: filter.limit ?? PAGE_STATEMENTS,
      select: { id: true },
    }),
    regionTotals(db, { ...filter, region: code }),
  ]);
  const total = totals.get(code) ?? 0;
  const views = await statementViews(db, statements.map((s) => s.id));
  return { code: region.code, name: region.name, fullName: region.fullName, nameEn: region.nameEn, statements: views, total };
}

export const statementViewSelect = {
  id: true,
  leaderId: true,
  kind: true,
  topics: true,
  speaker: true,
  office: true,
  level: true,
  date: true,
  text: true,
  articleId: true,
  evidence: true,
  article: { select: { title: true, outlet: true, url: true, date: true } },
  // Ordered: PostgreSQL returns a relation's rows in no set order.
  themes: { orderBy: { themeId: "asc" }, select: { theme: { select: { id: true, nameZh: true, nameEn: true } } } },
} satisfies Prisma.StatementSelect;

export type StatementRow = Prisma.StatementGetPayload<{ select: typeof statementViewSelect }>;

export function toStatementView(row: StatementRow, alsoIn: ArticleCitation[] = []): StatementView {
  return {
    id: row.id,
    leaderId: row.leaderId,
    themes: row.themes.map((t) => t.theme),
    kind: row.kind,
    topics: parseTopics(row.topics),
    evidence: parseEvidence(row.evidence),
    speaker: row.speaker,
    office: row.office,
    level: row.level,
    date: row.date,
    text: row.text,
    articleId: row.articleId,
    articleTitle: row.article.title,
    source: row.article.outlet,
    url: row.article.url,
    articleDate: row.article.date,
    alsoIn,
  };
}

/**
 * The statements with these ids as views, in the order of the ids (unknown ids left out): two flat
 * joins, where Prisma's nested select built the same 200 views in 6–15 ms against about 2.
 */
export async function statementViews(db: Database, ids: number[]): Promise<StatementView[]> {
  const [rows, themes] = await Promise.all([
    inIdChunks(ids, (chunk) =>
      db.$queryRaw<(Omit<StatementView, "id" | "themes" | "evidence" | "topics" | "alsoIn"> & { id: number | bigint; evidence: string; topics: string })[]>`
        SELECT s."id" AS "id", s."leaderId" AS "leaderId", s."kind" AS "kind", s."topics" AS "topics", s."speaker" AS "speaker", s."office" AS "office", s."level" AS "level",
          s."date" AS "date", s."text" AS "text", s."articleId" AS "articleId", s."evidence" AS "evidence", a."title" AS "articleTitle",
          a."outlet" AS "source", a."url" AS "url", a."date" AS "articleDate"
        FROM "Statement" s JOIN "Article" a ON a."id" = s."articleId"
        WHERE s."id" IN (${Prisma.join(chunk)})`,
    ),
    inIdChunks(ids, (chunk) =>
      db.$queryRaw<{ statementId: number | bigint; id: string; nameZh: string; nameEn: string }[]>`
        SELECT t."statementId" AS "statementId", h."id" AS "id", h."nameZh" AS "nameZh", h."nameEn" AS "nameEn"
        FROM "StatementTheme" t JOIN "Theme" h ON h."id" = t."themeId"
        WHERE t."statementId" IN (${Prisma.join(chunk)})
        ORDER BY t."themeId"`,
    ),
  ]);
  const themesOf = new Map<number, StatementView["themes"]>();
  for (const { statementId, ...theme } of themes) {
    const list = themesOf.get(Number(statementId)) ?? [];
    list.push(theme);
    themesOf.set(Number(statementId), list);
  }
  const reprints = await reprintsOf(db, [...new Set(rows.map((r) => Number(r.articleId)))]);
  const byId = new Map(
    rows.map((r) => {
      const id = Number(r.id);
      const leaderId = r.leaderId === null ? null : Number(r.leaderId);
      const articleId = Number(r.articleId);
      return [id, { ...r, id, leaderId, articleId, topics: parseTopics(r.topics), evidence: parseEvidence(r.evidence), themes: themesOf.get(id) ?? [], alsoIn: reprints.get(articleId) ?? [] }];
    }),
  );
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** The reprints of each article, as citations, in the order they were loaded. */
async function reprintsOf(db: Database, articleIds: number[]): Promise<Map<number, ArticleCitation[]>> {
  const rows = await inIdChunks(articleIds, (chunk) =>
    db.article.findMany({ where: { reprintOf: { in: chunk } }, select: { reprintOf: true, outlet: true, title: true, url: true, date: true }, orderBy: { id: "asc" } }),
  );
  const byArticle = new Map<number, ArticleCitation[]>();
  for (const { reprintOf, outlet, ...citation } of rows) {
    const list = byArticle.get(reprintOf!) ?? [];
    list.push({ source: outlet, ...citation });
    byArticle.set(reprintOf!, list);
  }
  return byArticle;
}

function parseTopics(json: string): number[] {
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? parsed.filter((code): code is number => Number.isInteger(code)) : [];
  } catch {
    return [];
  }
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

/** Statement totals per region name, largest first, each story counted once (the seed's closing summary). */
export async function statementCountsByRegion(db: Database): Promise<RegionStatementCount[]> {
  const [regions, counts] = await Promise.all([
    db.region.findMany({ select: { code: true, name: true } }),
    db.statement.groupBy({ by: ["regionCode"], where: { article: { reprintOf: null } }, _count: { _all: true } }),
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
  /** A prefecture-level city's short name (郑州); the tally has no cities, so only statement queries read it. */
  city?: string;
  /** A theme id, or a CAP major topic as "cap-5" (every statement of that topic). */
  theme?: string;
  /** directive, assessment or procedural; "all" or none for every kind. */
  kind?: string;
  from?: string;
  to?: string;
  /** Full-text search words (only findStatements and searchStatements read it). */
  q?: string;
  limit?: number;
  /** Records to skip before the first one returned (the API's pages). */
  offset?: number;
}

/** The one translation of filters into a statement query. */
export function statementWhere(query: Omit<StatementQuery, "limit">): Prisma.StatementWhereInput {
  const topic = topicOfThemeFilter(query.theme);
  return {
    regionCode: query.region,
    city: query.city,
    speaker: query.leader,
    level: query.level,
    kind: selectedKind(query.kind),
    date: query.from || query.to ? { gte: query.from, lte: query.to } : undefined,
    themes: query.theme && topic === null ? { some: { themeId: query.theme } } : undefined,
    topicLinks: topic !== null ? { some: { topic } } : undefined,
    // A story counts once: its reprints' statements are listed with it, not again.
    article: { reprintOf: null },
  };
}

export interface StatementRecord {
  id: number;
  region: string | null;
  regionEn: string | null;
  /** The prefecture-level city a municipal statement was issued for. */
  city: string | null;
  speaker: string | null;
  office: string | null;
  level: string | null;
  date: string | null;
  kind: string;
  /** CAP major-topic codes, the primary first, and their names. */
  topics: number[];
  topicsZh: string[];
  topicsEn: string[];
  themes: string[];
  themesZh: string[];
  themesEn: string[];
  text: string;
  articleId: number;
  articleTitle: string | null;
  /** The outlet that published the article, its address and its date (see docs/codebook on /data). */
  source: string | null;
  url: string | null;
  articleDate: string | null;
  /** Other outlets that carried the same story, and their addresses: the statement is counted once. */
  alsoIn: string[];
  alsoInUrls: string[];
  start: number;
  end: number;
}

// The API's records in one pass: the region and article joined, the themes as a JSON list of [id, zh, en].
function statementRecordColumns(dialect: Dialect): Prisma.Sql {
  return Prisma.sql`
  s."id" AS "id", r."name" AS "region", r."nameEn" AS "regionEn", s."city" AS "city", s."speaker" AS "speaker", s."office" AS "office",
  s."level" AS "level", s."date" AS "date", s."kind" AS "kind", s."topics" AS "topics",
  ${dialect.statementThemesJson} AS "themes",
  s."text" AS "text", a."id" AS "articleId", a."title" AS "articleTitle", a."outlet" AS "source", a."url" AS "url", a."date" AS "articleDate",
  ${dialect.reprintsJson} AS "alsoIn",
  s."startChar" AS "start", s."endChar" AS "end"`;
}
const STATEMENT_RECORD_JOINS = Prisma.raw(`JOIN "Article" a ON a."id" = s."articleId" LEFT JOIN "Region" r ON r."code" = s."regionCode"`);

type StatementRecordRow = Omit<StatementRecord, "themes" | "themesZh" | "themesEn" | "topics" | "topicsZh" | "topicsEn" | "alsoIn" | "alsoInUrls"> & {
  themes: string;
  topics: string;
  alsoIn: string;
};

/** Prisma binds each id of an `in` list as a parameter, and refuses lists as long as a search can give. */
const IDS_PER_QUERY = 500;

/** Runs `fetch` on the ids in chunks Prisma accepts, and gathers the rows. */
export async function inIdChunks<T>(ids: number[], fetch: (chunk: number[]) => Promise<T[]>): Promise<T[]> {
  const rows: T[] = [];
  for (let i = 0; i < ids.length; i += IDS_PER_QUERY) rows.push(...(await fetch(ids.slice(i, i + IDS_PER_QUERY))));
  return rows;
}

/** The records of the statements matching the filters (no search words), a page in the API's order. */
export function listedStatementsSql(query: Omit<StatementQuery, "q">, dialect: Dialect): Prisma.Sql {
  return Prisma.sql`
    SELECT ${statementRecordColumns(dialect)}
    FROM "Statement" s ${STATEMENT_RECORD_JOINS}
    WHERE ${Prisma.join(filterConditions(query), " AND ")}
    ORDER BY ${Prisma.raw(dialect.nullableOrder(`s."date"`, "ASC"))}, s."articleId", s."startChar"
    LIMIT ${query.limit ?? 100} OFFSET ${query.offset ?? 0}`;
}

/**
 * Statements matching the filters, oldest first, as flat records for the API and exports: one
 * SQL statement (on SQLite, on the plain reader, prepared once per shape of filters).
 */
export async function findStatements(db: Database, query: StatementQuery): Promise<StatementRecord[]> {
  const limit = query.limit ?? 100;
  const dialect = dialectOf(db);
  const columns = statementRecordColumns(dialect);
  const sql = query.q
    ? Prisma.sql`
        SELECT ${columns}
        FROM ${dialect.rowSource((await searchedStatementIds(db, { ...query, q: query.q }, limit, "oldest", query.offset)).map((id) => ({ id })), { id: "integer" })} j
        JOIN "Statement" s ON s."id" = j."id" ${STATEMENT_RECORD_JOINS}
        ORDER BY j."key"`
    : listedStatementsSql(query, dialect);
  const rows = await dialect.readRows<StatementRecordRow>(db, sql);
  return rows.map((r) => {
    const topics = parseTopics(r.topics);
    const themes = JSON.parse(r.themes) as [string, string, string][];
    const alsoIn = JSON.parse(r.alsoIn) as [string, string][];
    return {
      ...r,
      alsoIn: alsoIn.map((a) => a[0]),
      alsoInUrls: alsoIn.map((a) => a[1]),
      topics,
      topicsZh: topics.map((code) => capTopic(code).zh),
      topicsEn: topics.map((code) => capTopic(code).en),
      themes: themes.map((t) => t[0]),
      themesZh: themes.map((t) => t[1]),
      themesEn: themes.map((t) => t[2]),
    };
  });
}

export interface ArticleDetail {
  id: number;
  title: string | null;
  date: string | null;
  /** The date was read from the text, not given with the article. */
  dateInferred: boolean;
  source: string | null;
  /** How the outlet was read from the text; null when it was given with the article. */
  sourceEvidence: string | null;
  url: string | null;
  author: string | null;
  /** The article whose statements count for this story, when this one is a reprint of it. */
  reprintOf: (ArticleCitation & { id: number }) | null;
  alsoIn: (ArticleCitation & { id: number })[];
  content: string;
  statements: (StatementView & { start: number; end: number; region: string | null })[];
}

/** An article's original text and its statements in text order; null when the id is unknown. */
export async function articleDetail(db: Database, id: number): Promise<ArticleDetail | null> {
  const citation = { id: true, outlet: true, title: true, url: true, date: true } as const;
  const article = await db.article.findUnique({
    where: { id },
    select: { id: true, title: true, date: true, dateInferred: true, outlet: true, outletEvidence: true, url: true, author: true, content: true, reprintOf: true },
  });
  if (!article) return null;
  const { outlet, outletEvidence, reprintOf, ...rest } = article;
  const [original, reprints] = await Promise.all([
    reprintOf === null ? null : db.article.findUnique({ where: { id: reprintOf }, select: citation }),
    db.article.findMany({ where: { reprintOf: id }, select: citation, orderBy: { id: "asc" } }),
  ]);
  const cite = ({ outlet, ...rest }: { id: number; outlet: string | null; title: string | null; url: string | null; date: string | null }) => ({ ...rest, source: outlet });
  const rows = await db.statement.findMany({
    where: { articleId: id },
    orderBy: { startChar: "asc" },
    select: { ...statementViewSelect, startChar: true, endChar: true, region: { select: { name: true } } },
  });
  const alsoIn = reprints.map(cite);
  return {
    ...rest,
    source: outlet,
    sourceEvidence: outletEvidence,
    reprintOf: original ? cite(original) : null,
    alsoIn,
    statements: rows.map((r) => ({ ...toStatementView(r, alsoIn), start: r.startChar, end: r.endChar, region: r.region?.name ?? null })),
  };
}

export interface LeaderDetail {
  id: number;
  name: string;
  posts: { region: string; office: string; startDate: string; endDate: string | null; source: string }[];
  regions: { name: string; code: string; statements: number }[];
  themes: { id: string; nameZh: string; nameEn: string; statements: number }[];
  /** The oldest statements, at most PAGE_STATEMENTS. */
  statements: StatementView[];
  total: number;
}

/** The first and last statement dates (ISO), for the map's year steps; nulls when none is dated. */
export async function statementDateRange(db: Database): Promise<{ first: string | null; last: string | null }> {
  const { _min, _max } = await db.statement.aggregate({ _min: { date: true }, _max: { date: true } });
  return { first: _min.date, last: _max.date };
}

/** A leader's name, for a page title; null when there is no such leader. */
/** The names of the leaders on record: the speakers who are people, not bodies such as 会议. */
export async function leaderNames(db: Database): Promise<Set<string>> {
  return new Set((await db.leader.findMany({ select: { name: true } })).map((l) => l.name));
}

export async function leaderName(db: Database, id: number): Promise<string | null> {
  return (await db.leader.findUnique({ where: { id }, select: { name: true } }))?.name ?? null;
}

/** A leader's posts, statements of a kind ("all" for every one; oldest first), the regions they spoke for and their theme profile. */
export async function leaderDetail(db: Database, id: number, kind = "directive"): Promise<LeaderDetail | null> {
  const leader = await db.leader.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      posts: { orderBy: { startDate: "asc" }, select: { office: true, startDate: true, endDate: true, source: true, region: { select: { name: true } } } },
    },
  });
  if (!leader) return null;
  // The loader links a statement to the leader its speaker names, so the tally's speaker is the leader.
  const [rows, total, byRegion, byTheme, themes, regions] = await Promise.all([
    db.statement
      .findMany({ where: { leaderId: id, kind: selectedKind(kind) }, orderBy: [{ date: { sort: "asc", nulls: "first" } }, { articleId: "asc" }, { startChar: "asc" }], take: PAGE_STATEMENTS, select: { id: true } })
      .then((found) => statementViews(db, found.map((s) => s.id))),
    db.statement.count({ where: { leaderId: id, kind: selectedKind(kind) } }),
    regionTotals(db, { leader: leader.name, kind }),
    themeTotals(db, { leader: leader.name, kind }),
    themeList(db),
    db.region.findMany({ select: { code: true, name: true } }),
  ]);
  const regionByCode = new Map(regions.map((r) => [r.code, r]));
  const themeById = new Map(themes.map((t) => [t.id, t]));
  return {
    id: leader.id,
    name: leader.name,
    posts: leader.posts.map((p) => ({ region: p.region.name, office: p.office, startDate: p.startDate, endDate: p.endDate, source: p.source })),
    regions: [...byRegion]
      .flatMap(([code, statements]) => {
        const region = regionByCode.get(code);
        return region ? [{ name: region.name, code: region.code, statements }] : [];
      })
      .sort((a, b) => b.statements - a.statements),
    themes: [...byTheme]
      .flatMap(([themeId, statements]) => {
        const theme = themeById.get(themeId);
        return theme ? [{ ...theme, statements }] : [];
      })
      .sort((a, b) => b.statements - a.statements),
    statements: rows,
    total,
  };
}

export interface SearchResult {
  /** How many statements match: `count` when exact, more than `count` otherwise (counting stopped at the cap). */
  total: { count: number; exact: boolean };
  /** Matches per region, largest first; null unless every match was counted (a partial count per region would mislead). */
  byRegion: { code: string | null; name: string; nameEn: string; statements: number }[] | null;
  statements: StatementView[];
}

/**
 * Statements whose text contains every search word, filtered like the map, newest first, with how
 * many match: up to a cap unless `bounds.countCap` is null (lib/db/statement-sql.ts).
 */
export async function searchStatements(db: Database, query: SearchQuery & { limit: number }, bounds: Partial<SearchBounds> = {}): Promise<SearchResult> {
  const [{ ids, count }, regions] = await Promise.all([
    searchedPage(db, query, query.limit, bounds),
    db.region.findMany({ select: { code: true, name: true, nameEn: true } }),
  ]);
  const statements = await statementViews(db, ids);
  const regionByCode = new Map(regions.map((r) => [r.code, r]));
  return {
    total: { count: count.total, exact: count.exact },
    byRegion:
      count.byRegion?.map((c) => {
        const region = c.regionCode ? regionByCode.get(c.regionCode) : undefined;
        return { code: c.regionCode, name: region?.name ?? "未定", nameEn: region?.nameEn ?? "No region", statements: c.statements };
      }) ?? null,
    statements,
  };
}
