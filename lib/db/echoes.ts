// Directive clauses and echoes: rebuilt by the seed, read by the trace page, region and compare views and the API.
import { checkCancelled } from "@/lib/cancellation";
import type { Prisma } from "@/lib/generated/prisma/client";
import { statementClauses } from "@/lib/echo/clauses";
import { detectEchoes, type ClauseForEcho, type EchoOptions } from "@/lib/echo/detect";
import type { Database } from "./client";
import { jsonRows } from "./load";
import { corpusVersion, markBuilt } from "./derived";
import { inIdChunks, statementWhere, type StatementQuery, type StatementRecord } from "./queries";
import { matchingStatementIds } from "./statement-sql";

const ARTICLE_BATCH = 200;
/** Rows an INSERT writes at once: one statement for all of a large corpus's clauses held every row twice. */
const WRITE_BATCH = 10_000;

/** A clause as it is written: id, statementId, position, kind, startChar, endChar, text. */
type ClauseToWrite = [number, number, number, string, number, number, string];

export interface EchoRebuildSummary {
  clauses: number;
  echoes: number;
}

/**
 * Splits every statement into directive clauses and detects echoes over the whole corpus, replacing
 * what was there. Articles are read in batches; detection is near-linear (see lib/echo/detect.ts).
 * Clauses are numbered here (the tables are emptied first), so no read-back is needed to link echoes.
 * The transaction that writes them also marks them complete for the articles read (lib/db/derived.ts).
 */
export async function rebuildEchoes(db: Database, options: Partial<EchoOptions> = {}, stop?: AbortSignal): Promise<EchoRebuildSummary> {
  // Read before the articles: an article added meanwhile leaves the echoes marked stale, never the reverse.
  const version = await corpusVersion(db);
  const rows: ClauseToWrite[] = [];
  const forEcho: ClauseForEcho[] = [];
  for (let cursor = 0; ; ) {
    await checkCancelled(stop);
    const articles = await db.article.findMany({
      where: { id: { gt: cursor } },
      orderBy: { id: "asc" },
      take: ARTICLE_BATCH,
      select: { id: true, content: true, statements: { orderBy: { startChar: "asc" }, select: { id: true, text: true, startChar: true, endChar: true, level: true, date: true } } },
    });
    if (articles.length === 0) break;
    cursor = articles[articles.length - 1].id;
    for (const article of articles) {
      for (const s of article.statements) {
        statementClauses({ text: s.text, start: s.startChar, end: s.endChar }, article.content).forEach((c, position) => {
          const id = rows.length + 1;
          rows.push([id, s.id, position, c.kind, c.start, c.end, c.text]);
          forEcho.push({ id, text: c.text, date: s.date, level: s.level });
        });
      }
    }
  }

  const echoes = detectEchoes(forEcho, options);
  await checkCancelled(stop);
  return db.$transaction(
    async (tx) => {
      await tx.echo.deleteMany();
      await tx.clause.deleteMany();
      for (let i = 0; i < rows.length; i += WRITE_BATCH) {
        await tx.$executeRaw`
          INSERT INTO "Clause" ("id", "statementId", "position", "kind", "startChar", "endChar", "text")
          SELECT "value" ->> 0, "value" ->> 1, "value" ->> 2, "value" ->> 3, "value" ->> 4, "value" ->> 5, "value" ->> 6 FROM ${jsonRows(rows.slice(i, i + WRITE_BATCH))}`;
      }
      for (let i = 0; i < echoes.length; i += WRITE_BATCH) {
        const batch = echoes.slice(i, i + WRITE_BATCH).map((e) => [e.centralId, e.echoId, e.score, JSON.stringify(e.sharedPhrases), e.lagDays]);
        await tx.$executeRaw`
          INSERT INTO "Echo" ("centralClauseId", "clauseId", "score", "sharedPhrases", "lagDays")
          SELECT "value" ->> 0, "value" ->> 1, "value" ->> 2, "value" ->> 3, "value" ->> 4 FROM ${jsonRows(batch)} ORDER BY "key"`;
      }
      await markBuilt(tx, "echoes", version);
      return { clauses: rows.length, echoes: echoes.length };
    },
    { timeout: 600_000 },
  );
}

export interface ClauseView {
  clauseId: number;
  statementId: number;
  text: string;
  /** Offsets into the raw article text. */
  start: number;
  end: number;
  date: string | null;
  speaker: string | null;
  office: string | null;
  level: string | null;
  regionCode: string | null;
  region: string | null;
  regionEn: string | null;
  articleId: number;
  articleTitle: string | null;
}

export interface EchoView {
  id: number;
  score: number;
  lagDays: number;
  sharedPhrases: string[];
  central: ClauseView;
  echo: ClauseView;
}

const clauseSelect = {
  id: true,
  text: true,
  startChar: true,
  endChar: true,
  statement: {
    select: {
      id: true,
      date: true,
      speaker: true,
      office: true,
      level: true,
      regionCode: true,
      region: { select: { name: true, nameEn: true } },
      article: { select: { id: true, title: true } },
    },
  },
} satisfies Prisma.ClauseSelect;

const echoSelect = {
  id: true,
  score: true,
  lagDays: true,
  sharedPhrases: true,
  centralClause: { select: clauseSelect },
  clause: { select: clauseSelect },
} satisfies Prisma.EchoSelect;

type ClauseRow = Prisma.ClauseGetPayload<{ select: typeof clauseSelect }>;
type EchoRow = Prisma.EchoGetPayload<{ select: typeof echoSelect }>;

function toClauseView(c: ClauseRow): ClauseView {
  const s = c.statement;
  return {
    clauseId: c.id,
    statementId: s.id,
    text: c.text,
    start: c.startChar,
    end: c.endChar,
    date: s.date,
    speaker: s.speaker,
    office: s.office,
    level: s.level,
    regionCode: s.regionCode,
    region: s.region?.name ?? null,
    regionEn: s.region?.nameEn ?? null,
    articleId: s.article.id,
    articleTitle: s.article.title,
  };
}

function parsePhrases(json: string): string[] {
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? parsed.filter((p): p is string => typeof p === "string") : [];
  } catch {
    return [];
  }
}

function toEchoView(e: EchoRow): EchoView {
  return { id: e.id, score: e.score, lagDays: e.lagDays, sharedPhrases: parsePhrases(e.sharedPhrases), central: toClauseView(e.centralClause), echo: toClauseView(e.clause) };
}

const echoOrder: Prisma.EchoOrderByWithRelationInput[] = [{ clause: { statement: { date: "asc" } } }, { clauseId: "asc" }, { score: "desc" }];

/** One page of the echoes of these statements, in echo order (the ids go to the database in chunks). */
async function echoesOfStatements(db: Database, statementIds: number[], page: { take: number; skip?: number }): Promise<EchoRow[]> {
  const all = await inIdChunks(statementIds, (ids) => db.echo.findMany({ where: { clause: { statementId: { in: ids } } }, select: echoSelect }));
  const skip = page.skip ?? 0;
  return all
    .sort((a, b) => (a.clause.statement.date ?? "").localeCompare(b.clause.statement.date ?? "") || a.clause.id - b.clause.id || b.score - a.score)
    .slice(skip, skip + page.take);
}

export interface RegionEchoTiming {
  code: string;
  name: string;
  nameEn: string;
  /** Days from the central statement to the region's first echo; null when it never echoed. */
  firstLagDays: number | null;
  echoes: number;
}

export interface EchoTrace {
  statement: { id: number; text: string; date: string | null; speaker: string | null; articleId: number; articleTitle: string | null };
  clauses: { id: number; text: string; kind: string; echoes: EchoView[] }[];
  regions: RegionEchoTiming[];
}

/** A central statement's directive clauses, who echoed each and how soon; null unless it is a central statement. */
export async function echoTrace(db: Database, statementId: number): Promise<EchoTrace | null> {
  const statement = await db.statement.findUnique({
    where: { id: statementId },
    select: { id: true, text: true, date: true, speaker: true, level: true, article: { select: { id: true, title: true } } },
  });
  if (!statement || statement.level !== "central") return null;
  const [clauses, echoes, regions] = await Promise.all([
    db.clause.findMany({ where: { statementId }, orderBy: { position: "asc" }, select: { id: true, text: true, kind: true } }),
    db.echo.findMany({ where: { centralClause: { statementId } }, orderBy: echoOrder, select: echoSelect }),
    db.region.findMany({ where: { code: { not: "central" } }, orderBy: { adcode: "asc" }, select: { code: true, name: true, nameEn: true } }),
  ]);
  const views = echoes.map(toEchoView);
  const timing = new Map<string, { firstLagDays: number; echoes: number }>();
  for (const e of views) {
    if (!e.echo.regionCode) continue;
    const t = timing.get(e.echo.regionCode) ?? { firstLagDays: e.lagDays, echoes: 0 };
    t.firstLagDays = Math.min(t.firstLagDays, e.lagDays);
    t.echoes++;
    timing.set(e.echo.regionCode, t);
  }
  return {
    statement: { id: statement.id, text: statement.text, date: statement.date, speaker: statement.speaker, articleId: statement.article.id, articleTitle: statement.article.title },
    clauses: clauses.map((c) => ({ ...c, echoes: views.filter((e) => e.central.clauseId === c.id) })),
    regions: regions.map((r) => ({ ...r, firstLagDays: timing.get(r.code)?.firstLagDays ?? null, echoes: timing.get(r.code)?.echoes ?? 0 })),
  };
}

export interface LocalInitiative {
  statementId: number;
  date: string | null;
  speaker: string | null;
  clauses: string[];
}

export interface RegionEchoes {
  /** The region's clauses that echo a central directive, oldest first. */
  echoes: EchoView[];
  /** The region's statements with directives of their own that echo no central clause. */
  localInitiatives: LocalInitiative[];
}

/** For a region page: its echoes of central directives, and its directives that echo nobody. */
export async function echoesOfRegion(db: Database, regionCode: string): Promise<RegionEchoes> {
  // The newest of each, shown oldest first: a page, not the archive.
  const [echoes, unechoed] = await Promise.all([
    db.echo.findMany({
      where: { clause: { statement: { regionCode } } },
      orderBy: [{ clause: { statement: { date: "desc" } } }, { clauseId: "desc" }, { score: "asc" }],
      take: REGION_ECHOES_SHOWN,
      select: echoSelect,
    }),
    db.statement.findMany({
      where: { regionCode, level: { in: ["provincial", "municipal"] }, clauses: { some: {}, none: { echoes: { some: {} } } } },
      orderBy: [{ date: "desc" }, { articleId: "desc" }, { startChar: "desc" }],
      take: REGION_ECHOES_SHOWN,
      select: { id: true, date: true, speaker: true, clauses: { orderBy: { position: "asc" }, select: { text: true } } },
    }),
  ]);
  return {
    echoes: echoes.reverse().map(toEchoView),
    localInitiatives: unechoed.reverse().map((s) => ({ statementId: s.id, date: s.date, speaker: s.speaker, clauses: s.clauses.map((c) => c.text) })),
  };
}

/** Echoes, and statements that echo nobody, listed on a region page. */
const REGION_ECHOES_SHOWN = 100;

export interface RegionEchoSpeed {
  regionCode: string;
  /** Echoing clauses. */
  echoes: number;
  /** Distinct central clauses echoed. */
  centralClausesEchoed: number;
  /** Lag of each central clause's first echo in the region: median and fastest, null with no echo. */
  medianLagDays: number | null;
  fastestLagDays: number | null;
}

/** For compare: how often and how fast each region echoed the centre, in the order asked. */
export async function echoLagByRegion(db: Database, regionCodes: string[]): Promise<RegionEchoSpeed[]> {
  const rows = await db.echo.findMany({
    where: { clause: { statement: { regionCode: { in: regionCodes } } } },
    select: { centralClauseId: true, lagDays: true, clause: { select: { statement: { select: { regionCode: true } } } } },
  });
  return regionCodes.map((regionCode) => {
    const mine = rows.filter((r) => r.clause.statement.regionCode === regionCode);
    const firstLag = new Map<number, number>();
    for (const r of mine) firstLag.set(r.centralClauseId, Math.min(firstLag.get(r.centralClauseId) ?? Infinity, r.lagDays));
    const lags = [...firstLag.values()].sort((a, b) => a - b);
    return {
      regionCode,
      echoes: mine.length,
      centralClausesEchoed: lags.length,
      medianLagDays: lags.length === 0 ? null : lags.length % 2 ? lags[(lags.length - 1) / 2] : (lags[lags.length / 2 - 1] + lags[lags.length / 2]) / 2,
      fastestLagDays: lags.length === 0 ? null : lags[0],
    };
  });
}

/** An echo as the API gives it: the echoing clause described like a statement record, then its central clause. */
export interface EchoRecord extends Pick<StatementRecord, "region" | "regionEn" | "speaker" | "office" | "level" | "date" | "text" | "articleId" | "start" | "end"> {
  id: number;
  score: number;
  lagDays: number;
  sharedPhrases: string[];
  statementId: number;
  centralStatementId: number;
  centralSpeaker: string | null;
  centralDate: string | null;
  centralText: string;
  centralArticleId: number;
  centralStart: number;
  centralEnd: number;
}

/** How many statements matching search words the echo export looks at (the newest). */
const SEARCHED_STATEMENTS = 10_000;

/** Echoes whose echoing statement matches the filters, oldest first, as flat records for the API and exports. */
export async function findEchoes(db: Database, query: StatementQuery): Promise<EchoRecord[]> {
  const page = { orderBy: echoOrder, take: query.limit ?? 100, skip: query.offset, select: echoSelect };
  const rows = query.q
    ? await echoesOfStatements(db, await matchingStatementIds(db, { ...query, q: query.q }, SEARCHED_STATEMENTS, "newest"), page)
    : await db.echo.findMany({ where: { clause: { statement: statementWhere(query) } }, ...page });
  return rows.map(toEchoView).map((e) => ({
    id: e.id,
    score: Math.round(e.score * 1000) / 1000,
    lagDays: e.lagDays,
    sharedPhrases: e.sharedPhrases,
    region: e.echo.region,
    regionEn: e.echo.regionEn,
    speaker: e.echo.speaker,
    office: e.echo.office,
    level: e.echo.level,
    date: e.echo.date,
    text: e.echo.text,
    statementId: e.echo.statementId,
    articleId: e.echo.articleId,
    start: e.echo.start,
    end: e.echo.end,
    centralStatementId: e.central.statementId,
    centralSpeaker: e.central.speaker,
    centralDate: e.central.date,
    centralText: e.central.text,
    centralArticleId: e.central.articleId,
    centralStart: e.central.start,
    centralEnd: e.central.end,
  }));
}
