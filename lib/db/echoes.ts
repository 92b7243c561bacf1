// Directive clauses, echoes and cited events: rebuilt by the seed, read by the trace page, region and
// compare views and the API.
import { checkCancelled } from "@/lib/cancellation";
import type { Prisma } from "@/lib/generated/prisma/client";
import { statementClauses } from "@/lib/echo/clauses";
import { DEFAULT_ECHO_OPTIONS, detectEchoes, echoWindow, type DatePrecision, type EchoKind, type EchoOptions, type EchoSpan, type StatementForEcho } from "@/lib/echo/detect";
import type { Cite } from "@/lib/tagger/types";
import type { Database } from "./client";
import { dialectOf } from "./dialect";
import { corpusVersion, markBuilt } from "./derived";
import { inIdChunks, statementWhere, type StatementQuery, type StatementRecord } from "./queries";
import { searchedStatementIds } from "./search";

const ARTICLE_BATCH = 200;
/** Rows an INSERT writes at once: one statement for all of a large corpus's clauses held every row twice. */
const WRITE_BATCH = 10_000;

/** A row of "Clause" as it is written. */
interface ClauseToWrite {
  id: number;
  statementId: number;
  position: number;
  kind: string;
  startChar: number;
  endChar: number;
  text: string;
}

const CLAUSE_COLUMNS = { id: "integer", statementId: "integer", position: "integer", kind: "text", startChar: "integer", endChar: "integer", text: "text" } as const;

export interface EchoRebuildSummary {
  clauses: number;
  echoes: number;
  citedEvents: number;
}

function parseJson<T>(json: string, fallback: T): T {
  try {
    return JSON.parse(json) as T;
  } catch {
    return fallback;
  }
}

/**
 * Splits every statement into directive clauses (the region pages list them) and detects cites and
 * echoes over the whole corpus, replacing what was there. Articles are read in batches; detection
 * is near-linear (see lib/echo/detect.ts). Rows are numbered here (the tables are emptied first).
 * The transaction that writes them also marks them complete for the articles read (lib/db/derived.ts).
 */
export async function rebuildEchoes(db: Database, options: Partial<EchoOptions> = {}, stop?: AbortSignal): Promise<EchoRebuildSummary> {
  // Read before the articles: an article added meanwhile leaves the echoes marked stale, never the reverse.
  const version = await corpusVersion(db);
  const rows: ClauseToWrite[] = [];
  const forEcho: StatementForEcho[] = [];
  for (let cursor = 0; ; ) {
    await checkCancelled(stop);
    const articles = await db.article.findMany({
      where: { id: { gt: cursor } },
      orderBy: { id: "asc" },
      take: ARTICLE_BATCH,
      select: {
        id: true,
        title: true,
        content: true,
        passages: { orderBy: { position: "asc" }, take: 1, select: { text: true } },
        statements: {
          orderBy: { startChar: "asc" },
          select: { id: true, text: true, startChar: true, endChar: true, level: true, date: true, datePrecision: true, cites: true },
        },
      },
    });
    if (articles.length === 0) break;
    cursor = articles[articles.length - 1].id;
    for (const article of articles) {
      const articleLead = [article.title ?? "", article.passages[0]?.text ?? ""].join("\n");
      for (const s of article.statements) {
        statementClauses({ text: s.text, start: s.startChar, end: s.endChar }, article.content).forEach((c, position) => {
          rows.push({ id: rows.length + 1, statementId: s.id, position, kind: c.kind, startChar: c.start, endChar: c.end, text: c.text });
        });
        forEcho.push({
          id: s.id,
          articleId: article.id,
          text: s.text,
          date: s.date,
          datePrecision: s.datePrecision as DatePrecision,
          level: s.level,
          cites: parseJson<Cite[]>(s.cites, []),
          articleLead,
        });
      }
    }
  }

  const { links, cited } = detectEchoes(forEcho, options);
  await checkCancelled(stop);
  const citedRows: Prisma.CitedEventCreateManyInput[] = cited.map((c, i) => ({
    id: i + 1,
    statementId: c.localId,
    name: c.name,
    kind: c.cite.kind,
    speaker: c.cite.speaker,
    text: c.cite.text,
    citedDate: c.cite.date,
    eventDate: c.eventDate,
    lagDays: c.lagDays,
    loaded: c.centralIds.length > 0,
  }));
  // A cite link points at the row of the cite that made it.
  const citedEventId = new Map(cited.map((c, i) => [`${c.localId}|${c.cite.text}|${c.cite.event}`, i + 1]));
  const echoRows: Prisma.EchoCreateManyInput[] = links.map((l) => ({
    centralStatementId: l.centralId,
    statementId: l.localId,
    kind: l.kind,
    score: l.score,
    lagDays: l.lagDays,
    sharedSpans: JSON.stringify(l.spans),
    citedEventId: l.cite ? (citedEventId.get(`${l.localId}|${l.cite.text}|${l.cite.event}`) ?? null) : null,
  }));
  return db.$transaction(
    async (tx) => {
      await tx.echo.deleteMany();
      await tx.citedEvent.deleteMany();
      await tx.clause.deleteMany();
      for (let i = 0; i < rows.length; i += WRITE_BATCH) {
        await tx.$executeRaw`
          INSERT INTO "Clause" ("id", "statementId", "position", "kind", "startChar", "endChar", "text")
          SELECT "c"."id", "c"."statementId", "c"."position", "c"."kind", "c"."startChar", "c"."endChar", "c"."text"
          FROM ${dialectOf(db).rowSource(rows.slice(i, i + WRITE_BATCH), CLAUSE_COLUMNS)} AS "c"`;
      }
      for (let i = 0; i < citedRows.length; i += WRITE_BATCH) await tx.citedEvent.createMany({ data: citedRows.slice(i, i + WRITE_BATCH) });
      for (let i = 0; i < echoRows.length; i += WRITE_BATCH) await tx.echo.createMany({ data: echoRows.slice(i, i + WRITE_BATCH) });
      await markBuilt(tx, "echoes", version);
      return { clauses: rows.length, echoes: echoRows.length, citedEvents: citedRows.length };
    },
    { timeout: 600_000 },
  );
}

export interface EchoStatementView {
  statementId: number;
  text: string;
  date: string | null;
  speaker: string | null;
  office: string | null;
  level: string | null;
  regionCode: string | null;
  region: string | null;
  regionEn: string | null;
  articleId: number;
  articleTitle: string | null;
  source: string | null;
  url: string | null;
  articleDate: string | null;
}

export interface CitedEventView {
  name: string;
  kind: string;
  text: string;
  eventDate: string | null;
}

export interface EchoView {
  id: number;
  kind: EchoKind;
  score: number;
  lagDays: number | null;
  spans: EchoSpan[];
  citedEvent: CitedEventView | null;
  central: EchoStatementView;
  echo: EchoStatementView;
}

const statementSelect = {
  id: true,
  text: true,
  date: true,
  speaker: true,
  office: true,
  level: true,
  regionCode: true,
  region: { select: { name: true, nameEn: true } },
  article: { select: { id: true, title: true, outlet: true, url: true, date: true } },
} satisfies Prisma.StatementSelect;

const echoSelect = {
  id: true,
  kind: true,
  score: true,
  lagDays: true,
  sharedSpans: true,
  citedEvent: { select: { name: true, kind: true, text: true, eventDate: true } },
  centralStatement: { select: statementSelect },
  statement: { select: statementSelect },
} satisfies Prisma.EchoSelect;

type StatementRow = Prisma.StatementGetPayload<{ select: typeof statementSelect }>;
type EchoRow = Prisma.EchoGetPayload<{ select: typeof echoSelect }>;

function toStatementView(s: StatementRow): EchoStatementView {
  return {
    statementId: s.id,
    text: s.text,
    date: s.date,
    speaker: s.speaker,
    office: s.office,
    level: s.level,
    regionCode: s.regionCode,
    region: s.region?.name ?? null,
    regionEn: s.region?.nameEn ?? null,
    articleId: s.article.id,
    articleTitle: s.article.title,
    source: s.article.outlet,
    url: s.article.url,
    articleDate: s.article.date,
  };
}

function toEchoView(e: EchoRow): EchoView {
  return {
    id: e.id,
    kind: e.kind === "cites" ? "cites" : "echo",
    score: e.score,
    lagDays: e.lagDays,
    spans: parseJson<EchoSpan[]>(e.sharedSpans, []),
    citedEvent: e.citedEvent,
    central: toStatementView(e.centralStatement),
    echo: toStatementView(e.statement),
  };
}

const echoOrder: Prisma.EchoOrderByWithRelationInput[] = [{ statement: { date: "asc" } }, { statementId: "asc" }, { score: "desc" }];

/** One page of the echoes of these statements, in echo order (the ids go to the database in chunks). */
async function echoesOfStatements(db: Database, statementIds: number[], page: { take: number; skip?: number }): Promise<EchoRow[]> {
  const all = await inIdChunks(statementIds, (ids) => db.echo.findMany({ where: { statementId: { in: ids } }, select: echoSelect }));
  const skip = page.skip ?? 0;
  return all
    .sort((a, b) => (a.statement.date ?? "").localeCompare(b.statement.date ?? "") || a.statement.id - b.statement.id || b.score - a.score)
    .slice(skip, skip + page.take);
}

/**
 * What a region did with a central directive: echoed its wording, cited it by name (each with the
 * days it took), said nothing of it although it has statements in the window, or has no statements
 * in the window at all (silence there says nothing).
 */
export type RegionEchoState = "echoed" | "cited" | "silent" | "no-articles";

export interface RegionEchoTiming {
  code: string;
  name: string;
  nameEn: string;
  state: RegionEchoState;
  /** Days from the central statement to the region's first echo or cite; null otherwise (or undated). */
  firstLagDays: number | null;
  echoes: number;
}

export interface EchoTrace {
  statement: { id: number; text: string; date: string | null; speaker: string | null; articleId: number; articleTitle: string | null; source: string | null; url: string | null; articleDate: string | null };
  /** The days after the central statement in which a region's statements are looked at; `loose` when its date is only known to the month or as a bound. */
  window: { from: string; to: string; days: number; loose: boolean } | null;
  echoes: EchoView[];
  regions: RegionEchoTiming[];
}

const DAY_MS = 86_400_000;
const addDays = (date: string, days: number) => new Date(Date.parse(date) + days * DAY_MS).toISOString().slice(0, 10);

/** Local statements per region dated inside [from, to]. */
async function localStatementsByRegion(db: Database, from: string, to: string): Promise<Map<string, number>> {
  const rows = await db.statement.groupBy({
    by: ["regionCode"],
    where: { level: { in: ["provincial", "municipal"] }, date: { gte: from, lte: to }, regionCode: { not: null } },
    _count: { _all: true },
  });
  return new Map(rows.map((r) => [r.regionCode!, r._count._all]));
}

/** The state of each region for one central statement's echoes, in the regions' order. */
function regionStates(
  regions: { code: string; name: string; nameEn: string }[],
  echoes: EchoView[],
  statementsInWindow: Map<string, number>,
): RegionEchoTiming[] {
  return regions.map((r) => {
    const mine = echoes.filter((e) => e.echo.regionCode === r.code);
    const lags = mine.map((e) => e.lagDays).filter((d): d is number => d !== null);
    const firstLagDays = lags.length > 0 ? Math.min(...lags) : null;
    // Naming the directive is the surer sign: a region that cites it is "cited", whatever else it echoes.
    const state: RegionEchoState = mine.some((e) => e.kind === "cites")
      ? "cited"
      : mine.length > 0
        ? "echoed"
        : (statementsInWindow.get(r.code) ?? 0) > 0
          ? "silent"
          : "no-articles";
    return { ...r, state, firstLagDays, echoes: mine.length };
  });
}

/** A central statement, who cited or echoed it and how soon; null unless it is a central statement. */
export async function echoTrace(db: Database, statementId: number, windowDays = DEFAULT_ECHO_OPTIONS.windowDays): Promise<EchoTrace | null> {
  const statement = await db.statement.findUnique({
    where: { id: statementId },
    select: { id: true, text: true, date: true, datePrecision: true, speaker: true, level: true, article: { select: { id: true, title: true, outlet: true, url: true, date: true } } },
  });
  if (!statement || statement.level !== "central") return null;
  const precision = statement.datePrecision as DatePrecision;
  const span = statement.date ? echoWindow(statement.date, precision, windowDays) : null;
  const window = span ? { ...span, days: windowDays, loose: precision === "month" || precision === "approx" } : null;
  const [echoes, regions, inWindow] = await Promise.all([
    db.echo.findMany({ where: { centralStatementId: statementId }, orderBy: echoOrder, select: echoSelect }),
    db.region.findMany({ where: { code: { not: "central" } }, orderBy: { adcode: "asc" }, select: { code: true, name: true, nameEn: true } }),
    window ? localStatementsByRegion(db, window.from, window.to) : Promise.resolve(new Map<string, number>()),
  ]);
  const views = echoes.map(toEchoView);
  return {
    statement: {
      id: statement.id,
      text: statement.text,
      date: statement.date,
      speaker: statement.speaker,
      articleId: statement.article.id,
      articleTitle: statement.article.title,
      source: statement.article.outlet,
      url: statement.article.url,
      articleDate: statement.article.date,
    },
    window,
    echoes: views,
    regions: regionStates(regions, views, inWindow),
  };
}

export interface LocalInitiative {
  statementId: number;
  date: string | null;
  speaker: string | null;
  clauses: string[];
  /** silent: central statements were issued in the window before it, and it carries out none of them; no-articles: the centre said nothing loaded then. */
  state: Extract<RegionEchoState, "silent" | "no-articles">;
}

export interface RegionEchoes {
  /** The region's statements that cite or echo a central statement, oldest first. */
  echoes: EchoView[];
  /** The region's statements with directives of their own that carry out no central statement. */
  localInitiatives: LocalInitiative[];
  /** Central events this region's statements cite that no loaded central statement tells of. */
  unloadedCites: CitedEventView[];
  /** The days before a local statement in which a central one counts as "the centre had spoken". */
  windowDays: number;
}

/** Echoes, and statements that echo nobody, listed on a region page. */
const REGION_ECHOES_SHOWN = 100;

/** For a region page: its echoes and cites of central directives, and its directives that carry out none. */
export async function echoesOfRegion(db: Database, regionCode: string, windowDays = DEFAULT_ECHO_OPTIONS.windowDays): Promise<RegionEchoes> {
  // The newest of each, shown oldest first: a page, not the archive.
  const [echoes, unechoed, unloaded] = await Promise.all([
    db.echo.findMany({
      where: { statement: { regionCode } },
      orderBy: [{ statement: { date: { sort: "desc", nulls: "last" } } }, { statementId: "desc" }, { score: "asc" }],
      take: REGION_ECHOES_SHOWN,
      select: echoSelect,
    }),
    db.statement.findMany({
      where: { regionCode, level: { in: ["provincial", "municipal"] }, clauses: { some: {} }, echoes: { none: {} } },
      orderBy: [{ date: { sort: "desc", nulls: "last" } }, { articleId: "desc" }, { startChar: "desc" }],
      take: REGION_ECHOES_SHOWN,
      select: { id: true, date: true, speaker: true, clauses: { orderBy: { position: "asc" }, select: { text: true } } },
    }),
    db.citedEvent.findMany({
      where: { loaded: false, statement: { regionCode } },
      orderBy: { id: "desc" },
      take: REGION_ECHOES_SHOWN,
      select: { name: true, kind: true, text: true, eventDate: true },
    }),
  ]);
  // Was anything central issued in the window before each initiative?
  const centralDays = await db.statement.findMany({ where: { level: "central", date: { not: null } }, distinct: ["date"], select: { date: true } });
  const days = centralDays.map((c) => c.date!).sort();
  const centralBefore = (date: string | null) => {
    if (!date) return false;
    const from = addDays(date, -windowDays);
    return days.some((d) => d >= from && d <= date);
  };
  return {
    echoes: echoes.reverse().map(toEchoView),
    localInitiatives: unechoed.reverse().map((s) => ({
      statementId: s.id,
      date: s.date,
      speaker: s.speaker,
      clauses: s.clauses.map((c) => c.text),
      state: centralBefore(s.date) ? "silent" : "no-articles",
    })),
    unloadedCites: unloaded,
    windowDays,
  };
}

export interface RegionEchoSpeed {
  regionCode: string;
  /** Central statements the region echoed (by wording only) and cited (by name). */
  echoed: number;
  cited: number;
  /** Central statements with the region's statements in their window that it neither echoed nor cited. */
  silent: number;
  /** Central statements with none of the region's statements in their window. */
  noArticles: number;
  /** Lag of each central statement's first echo or cite in the region: median and fastest, null with none. */
  medianLagDays: number | null;
  fastestLagDays: number | null;
  /** The days after each central statement its window runs. */
  windowDays: number;
}

/** For compare: the four states of each region towards every central statement, and how fast it answered, in the order asked. */
export async function echoLagByRegion(db: Database, regionCodes: string[], windowDays = DEFAULT_ECHO_OPTIONS.windowDays): Promise<RegionEchoSpeed[]> {
  const [rows, centrals, locals] = await Promise.all([
    db.echo.findMany({
      where: { statement: { regionCode: { in: regionCodes } } },
      select: { centralStatementId: true, kind: true, lagDays: true, statement: { select: { regionCode: true } } },
    }),
    db.statement.findMany({ where: { level: "central", date: { not: null } }, select: { id: true, date: true, datePrecision: true } }),
    db.statement.findMany({
      where: { regionCode: { in: regionCodes }, level: { in: ["provincial", "municipal"] }, date: { not: null } },
      select: { regionCode: true, date: true },
    }),
  ]);
  return regionCodes.map((regionCode) => {
    const mine = rows.filter((r) => r.statement.regionCode === regionCode);
    const firstLag = new Map<number, number>();
    const citedIds = new Set(mine.filter((r) => r.kind === "cites").map((r) => r.centralStatementId));
    const answered = new Set(mine.map((r) => r.centralStatementId));
    for (const r of mine) if (r.lagDays !== null) firstLag.set(r.centralStatementId, Math.min(firstLag.get(r.centralStatementId) ?? Infinity, r.lagDays));
    const lags = [...firstLag.values()].sort((a, b) => a - b);
    const dates = locals.filter((l) => l.regionCode === regionCode).map((l) => l.date!).sort();
    const hasStatementsIn = (from: string, to: string) => {
      let lo = 0;
      let hi = dates.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (dates[mid] < from) lo = mid + 1;
        else hi = mid;
      }
      return lo < dates.length && dates[lo] <= to;
    };
    let silent = 0;
    let noArticles = 0;
    for (const c of centrals) {
      if (answered.has(c.id)) continue;
      const window = echoWindow(c.date!, c.datePrecision as DatePrecision, windowDays);
      if (window && hasStatementsIn(window.from, window.to)) silent++;
      else noArticles++;
    }
    return {
      regionCode,
      echoed: answered.size - citedIds.size,
      cited: citedIds.size,
      silent,
      noArticles,
      medianLagDays: lags.length === 0 ? null : lags.length % 2 ? lags[(lags.length - 1) / 2] : (lags[lags.length / 2 - 1] + lags[lags.length / 2]) / 2,
      fastestLagDays: lags.length === 0 ? null : lags[0],
      windowDays,
    };
  });
}

/** An echo as the API gives it: the echoing statement described like a statement record, then its central statement. */
export interface EchoRecord extends Pick<StatementRecord, "region" | "regionEn" | "speaker" | "office" | "level" | "date" | "text" | "articleId"> {
  id: number;
  kind: EchoKind;
  score: number;
  lagDays: number | null;
  /** The shared spans as they read in the echoing statement. */
  sharedSpans: string[];
  spans: EchoSpan[];
  /** The central event the statement names, for kind "cites". */
  citedEvent: string | null;
  citedEventDate: string | null;
  statementId: number;
  centralStatementId: number;
  centralSpeaker: string | null;
  centralDate: string | null;
  centralText: string;
  centralArticleId: number;
}

/** How many statements matching search words the echo export looks at (the newest). */
const SEARCHED_STATEMENTS = 10_000;

export interface EchoFilter {
  /** Only the echoes of this central statement (the trace page's export). */
  centralStatementId?: number;
  kind?: EchoKind;
}

/** Echoes whose echoing statement matches the filters, oldest first, as flat records for the API and exports. */
export async function findEchoes(db: Database, query: StatementQuery, only: EchoFilter = {}): Promise<EchoRecord[]> {
  const page = { orderBy: echoOrder, take: query.limit ?? 100, skip: query.offset, select: echoSelect };
  const rows = query.q
    ? (await echoesOfStatements(db, await searchedStatementIds(db, { ...query, q: query.q }, SEARCHED_STATEMENTS, "newest"), { take: SEARCHED_STATEMENTS })).filter(
        (e) => (only.centralStatementId === undefined || e.centralStatement.id === only.centralStatementId) && (only.kind === undefined || e.kind === only.kind),
      ).slice(query.offset ?? 0, (query.offset ?? 0) + (query.limit ?? 100))
    : await db.echo.findMany({ where: { statement: statementWhere(query), centralStatementId: only.centralStatementId, kind: only.kind }, ...page });
  return rows.map(toEchoView).map((e) => ({
    id: e.id,
    kind: e.kind,
    score: Math.round(e.score * 10) / 10,
    lagDays: e.lagDays,
    sharedSpans: e.spans.map((s) => s.text),
    spans: e.spans,
    citedEvent: e.citedEvent?.text ?? null,
    citedEventDate: e.citedEvent?.eventDate ?? null,
    region: e.echo.region,
    regionEn: e.echo.regionEn,
    speaker: e.echo.speaker,
    office: e.echo.office,
    level: e.echo.level,
    date: e.echo.date,
    text: e.echo.text,
    statementId: e.echo.statementId,
    articleId: e.echo.articleId,
    centralStatementId: e.central.statementId,
    centralSpeaker: e.central.speaker,
    centralDate: e.central.date,
    centralText: e.central.text,
    centralArticleId: e.central.articleId,
  }));
}

/** Cited central events no loaded statement tells of, matching a search word in their name or words. */
export async function findUnloadedCites(db: Database, q: string, limit = 100): Promise<(CitedEventView & { statementId: number })[]> {
  return db.citedEvent.findMany({
    where: { loaded: false, OR: [{ name: { contains: q } }, { text: { contains: q } }] },
    orderBy: { id: "asc" },
    take: limit,
    select: { statementId: true, name: true, kind: true, text: true, eventDate: true },
  });
}
