// Writes for the seed pipeline. Every article is loaded inside one transaction: all of its
// passages and statements, or none of them. Each table takes one INSERT … SELECT from rows sent as
// one parameter (lib/db/dialect.ts rowSource), on either engine.
import { statementBigrams } from "./bigrams";
import type { Database } from "./client";
import { dialectOf } from "./dialect";
import type { TaggedArticle, TaggedStatement } from "@/lib/tagger/types";

export interface RegionRow {
  code: string;
  adcode: number | null;
  name: string;
  fullName: string;
  nameEn: string;
  kind: string;
}

export interface ThemeRow {
  id: string;
  zh: string;
  en: string;
  topic: number;
  parent: string | null;
}

export interface PostRow {
  name: string;
  region: string;
  office: string;
  role: string;
  level: string;
  city: string | null;
  start: string;
  end: string | null;
  source: string;
}

export interface ReferenceData {
  regions: RegionRow[];
  themes: ThemeRow[];
  posts: PostRow[];
}

/** Makes the regions, themes, leaders and posts tables match the data files. */
export async function syncReferenceData(db: Database, data: ReferenceData): Promise<void> {
  const regionCodeByName = new Map(data.regions.map((r) => [r.name, r.code]));
  await db.$transaction(async (tx) => {
    for (const r of data.regions) {
      await tx.region.upsert({ where: { code: r.code }, create: r, update: r });
    }
    for (const t of data.themes) {
      const row = { id: t.id, nameZh: t.zh, nameEn: t.en, topic: t.topic, parentId: t.parent };
      await tx.theme.upsert({ where: { id: t.id }, create: row, update: row });
    }
    await tx.post.deleteMany();
    // Leaders in the order the data files first name them, so their ids are the same on every engine and run.
    const names = [...new Set(data.posts.map((p) => p.name))];
    const known = new Set((await tx.leader.findMany({ where: { name: { in: names } }, select: { name: true } })).map((l) => l.name));
    await tx.leader.createMany({ data: names.filter((name) => !known.has(name)).map((name) => ({ name })) });
    const leaderIds = new Map((await tx.leader.findMany({ where: { name: { in: names } }, select: { id: true, name: true } })).map((l) => [l.name, l.id]));
    await tx.post.createMany({
      data: data.posts.map((p) => {
        const regionCode = regionCodeByName.get(p.region);
        if (!regionCode) throw new Error(`leaders data: unknown region "${p.region}" for ${p.name}`);
        return { leaderId: leaderIds.get(p.name)!, regionCode, office: p.office, role: p.role, level: p.level, city: p.city, startDate: p.start, endDate: p.end, source: p.source };
      }),
    });
  }, REFERENCE_TRANSACTION);
}

/** A query a region and theme: on PostgreSQL each is a round trip, and a busy machine outlasts Prisma's default of 5 s. */
const REFERENCE_TRANSACTION = { timeout: 300_000 };

export type LoadOutcome = "loaded" | "replaced" | "skipped";

/** What a citation needs of an article: given by its file, or read from its text (marked so). */
export interface ArticleAbout {
  title: string | null;
  date: string | null;
  dateInferred: boolean;
  outlet: string | null;
  /** How the outlet was read from the text; null when the file named it (or none was found). */
  outletEvidence: string | null;
  url: string | null;
  author: string | null;
}

export interface ArticleToLoad {
  sourceFile: string;
  contentHash: string;
  content: string;
  tagged: TaggedArticle;
  /** Without it, the title and date the tagger read, and nothing else. */
  about?: ArticleAbout;
}

/** An article's metadata when its file gives none: what the tagger read from the text. */
export function aboutFromText(tagged: Pick<TaggedArticle, "title" | "date">): ArticleAbout {
  return { title: tagged.title, date: tagged.date, dateInferred: tagged.date !== null, outlet: null, outletEvidence: null, url: null, author: null };
}

/** Speakers that are not people: the meeting itself. */
const NON_PERSON_SPEAKERS = new Set(["会议"]);

/** The statement's own columns, the same for every way of loading it. */
export function statementColumns(s: TaggedStatement, articleDate: string | null) {
  return {
    speaker: s.speaker,
    office: s.office,
    level: s.level,
    city: s.city,
    date: s.date ?? articleDate,
    // An undated statement took its article's date: it happened on or before it.
    datePrecision: s.date ? s.datePrecision : articleDate ? "approx" : null,
    cites: JSON.stringify(s.cites),
    text: s.text,
    startChar: s.start,
    endChar: s.end,
    evidence: JSON.stringify(s.evidence),
    kind: s.kind,
    topics: JSON.stringify(s.topics),
  };
}

/** The people who speak in an article, each once. */
export function personSpeakers(tagged: TaggedArticle): string[] {
  return [...new Set(tagged.statements.map((s) => s.speaker))].filter((name): name is string => !!name && !NON_PERSON_SPEAKERS.has(name));
}

/**
 * The position of each statement's passage: the first passage, in order, that holds the statement's
 * first character; null when none does. Passages follow each other through the text, so a binary
 * search over their starts finds it (a lookup per statement among all of an article's passages made
 * loading quadratic in the article's size); passages out of order are searched one by one.
 */
export function statementPassagePositions(tagged: Pick<TaggedArticle, "passages" | "statements">): (number | null)[] {
  const { passages } = tagged;
  const holds = (i: number, at: number) => passages[i].start <= at && at < passages[i].end;
  const ordered = passages.every((p, i) => i === 0 || passages[i - 1].end <= p.start);
  return tagged.statements.map(({ start }) => {
    if (!ordered) {
      const found = passages.findIndex((_, i) => holds(i, start));
      return found < 0 ? null : found;
    }
    let [low, high] = [0, passages.length - 1];
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (passages[middle].start <= start) low = middle;
      else high = middle - 1;
    }
    return passages.length > 0 && holds(low, start) ? low : null;
  });
}

/**
 * How many articles the seed loads in one transaction: each still lands whole, and many share the
 * batch's fixed cost (about 7 ms of Prisma queries); the text cap keeps batches of long articles small.
 */
export const LOAD_BATCH = { articles: 100, characters: 100_000 };

export function isFullLoadBatch(batch: readonly ArticleToLoad[]): boolean {
  return batch.length >= LOAD_BATCH.articles || batch.reduce((sum, a) => sum + a.content.length, 0) >= LOAD_BATCH.characters;
}

/**
 * Loads tagged articles in one transaction, so all of them land whole or none does; returns each
 * one's outcome in order. The same content (by hash) is skipped; a file whose text changed replaces
 * its earlier version, statements included. Each table takes one INSERT for the whole batch: a
 * Prisma query costs a few tenths of a millisecond whatever it writes.
 */
export async function loadArticles(db: Database, articles: ArticleToLoad[]): Promise<LoadOutcome[]> {
  const files = articles.map((a) => a.sourceFile);
  const repeated = files.find((file, i) => files.indexOf(file) !== i);
  if (repeated) throw new Error(`${repeated}: given twice in one batch; load its versions one at a time`);

  const dialect = dialectOf(db);
  return db.$transaction(async (tx) => {
    const known = new Set(
      (await tx.article.findMany({ where: { contentHash: { in: articles.map((a) => a.contentHash) } }, select: { contentHash: true } })).map((a) => a.contentHash),
    );
    const fresh = articles.filter((a) => !known.has(a.contentHash) && known.add(a.contentHash));
    const outcomes = new Map<ArticleToLoad, LoadOutcome>(fresh.map((a) => [a, "loaded"]));
    const done = () => articles.map((a) => outcomes.get(a) ?? "skipped");
    if (fresh.length === 0) return done();

    const previous = await tx.article.findMany({ where: { sourceFile: { in: fresh.map((a) => a.sourceFile) } }, select: { sourceFile: true } });
    if (previous.length > 0) {
      const replaced = new Set(previous.map((a) => a.sourceFile));
      await tx.article.deleteMany({ where: { sourceFile: { in: [...replaced] } } });
      for (const a of fresh) if (replaced.has(a.sourceFile)) outcomes.set(a, "replaced");
    }

    const articleRows = fresh.map((a) => ({ ...(a.about ?? aboutFromText(a.tagged)), sourceFile: a.sourceFile, contentHash: a.contentHash, content: a.content }));
    const inserted = await tx.$queryRaw<{ id: number; contentHash: string }[]>`
      INSERT INTO "Article" ("sourceFile", "title", "date", "dateInferred", "outlet", "outletEvidence", "url", "author", "contentHash", "content", "loadedAt")
      SELECT "a"."sourceFile", "a"."title", "a"."date", "a"."dateInferred", "a"."outlet", "a"."outletEvidence", "a"."url", "a"."author", "a"."contentHash", "a"."content", ${dialect.now()}
      FROM ${dialect.rowSource(articleRows, ARTICLE_ROW_COLUMNS)} AS "a"
      ORDER BY "a"."key"
      RETURNING "id", "contentHash"`;
    const articleIds = new Map(inserted.map((r) => [r.contentHash, Number(r.id)]));
    const withIds = fresh.map((a) => ({ ...a, about: a.about ?? aboutFromText(a.tagged), articleId: articleIds.get(a.contentHash)! }));
    const dateOf = new Map(withIds.map((a) => [a.articleId, a.about.date]));

    const passages = withIds.flatMap(({ articleId, tagged }) => tagged.passages.map((p, position) => ({ articleId, position, start: p.start, end: p.end, text: p.text })));
    for (const chunk of chunksOf(passages)) {
      await tx.$executeRaw`
        INSERT INTO "Passage" ("articleId", "position", "startChar", "endChar", "text")
        SELECT "p"."articleId", "p"."position", "p"."start", "p"."end", "p"."text"
        FROM ${dialect.rowSource(chunk, { articleId: "integer", position: "integer", start: "integer", end: "integer", text: "text" })} AS "p" ORDER BY "p"."key"`;
    }
    const speakersByArticle = new Map(withIds.map((a) => [a.articleId, new Set(personSpeakers(a.tagged))]));
    const speakers = [...new Set(withIds.flatMap((a) => [...speakersByArticle.get(a.articleId)!]))];
    if (speakers.length > 0) {
      // "WHERE true" tells SQLite's parser the ON CONFLICT belongs to the INSERT, not a join.
      await tx.$executeRaw`
        INSERT INTO "Leader" ("name") SELECT "l"."name" FROM ${dialect.rowSource(
          speakers.map((name) => ({ name })),
          { name: "text" },
        )} AS "l" WHERE true ON CONFLICT ("name") DO NOTHING`;
    }

    const statements = withIds.flatMap(({ articleId, tagged }) => {
      const passagePositions = statementPassagePositions(tagged);
      return tagged.statements.map((s, i) => ({
        ...statementColumns(s, dateOf.get(articleId) ?? null),
        articleId,
        passagePosition: passagePositions[i],
        province: s.province,
        leader: s.speaker && speakersByArticle.get(articleId)!.has(s.speaker) ? s.speaker : null,
        themes: s.themes,
        topicCodes: s.topics,
      }));
    });
    for (const chunk of chunksOf(statements)) {
      // One INSERT assigns ascending ids in the order of its rows, so sorted ids line up with the statements.
      const ids = (
        await tx.$queryRaw<{ id: number }[]>`
          INSERT INTO "Statement" ("articleId", "passageId", "regionCode", "leaderId", "speaker", "office", "level", "city", "date", "datePrecision", "cites", "text", "startChar", "endChar", "evidence", "kind", "topics")
          SELECT "s"."articleId",
            (SELECT "id" FROM "Passage" WHERE "articleId" = "s"."articleId" AND "position" = "s"."passagePosition"),
            (SELECT "code" FROM "Region" WHERE "name" = "s"."province"),
            (SELECT "id" FROM "Leader" WHERE "name" = "s"."leader"),
            "s"."speaker", "s"."office", "s"."level", "s"."city", "s"."date", "s"."datePrecision", "s"."cites", "s"."text", "s"."startChar", "s"."endChar", "s"."evidence", "s"."kind", "s"."topics"
          FROM ${dialect.rowSource(chunk, STATEMENT_ROW_COLUMNS)} AS "s"
          ORDER BY "s"."key"
          RETURNING "id"`
      )
        .map((r) => Number(r.id))
        .sort((a, b) => a - b);
      const topics = chunk.flatMap((s, i) => s.topicCodes.map((topic) => ({ id: ids[i], topic })));
      if (topics.length > 0) {
        await tx.$executeRaw`INSERT INTO "StatementTopic" ("statementId", "topic") SELECT "t"."id", "t"."topic" FROM ${dialect.rowSource(topics, { id: "integer", topic: "integer" })} AS "t"`;
      }
      await tx.$executeRaw(dialect.insertBigrams(dialect.rowSource(chunk.map((s, i) => ({ id: ids[i], grams: statementBigrams(s.text) })), { id: "integer", grams: "text" })));
      const links = chunk.flatMap((s, i) => s.themes.map((themeId) => ({ id: ids[i], themeId })));
      if (links.length > 0) {
        // Theme ids the database does not know are dropped, as before.
        await tx.$executeRaw`
          INSERT INTO "StatementTheme" ("statementId", "themeId")
          SELECT "t"."id", "t"."themeId" FROM ${dialect.rowSource(links, { id: "integer", themeId: "text" })} AS "t"
          WHERE "t"."themeId" IN (SELECT "id" FROM "Theme")`;
      }
    }
    return done();
  }, LOAD_TRANSACTION);
}

const ARTICLE_ROW_COLUMNS = {
  sourceFile: "text",
  title: "text",
  date: "text",
  dateInferred: "boolean",
  outlet: "text",
  outletEvidence: "text",
  url: "text",
  author: "text",
  contentHash: "text",
  content: "text",
} as const;

const STATEMENT_ROW_COLUMNS = {
  articleId: "integer",
  passagePosition: "integer",
  province: "text",
  leader: "text",
  speaker: "text",
  office: "text",
  level: "text",
  city: "text",
  date: "text",
  datePrecision: "text",
  cites: "text",
  text: "text",
  startChar: "integer",
  endChar: "integer",
  evidence: "text",
  kind: "text",
  topics: "text",
} as const;

/**
 * Rows an INSERT takes at once. Each query's parameters pass through Prisma's WebAssembly query
 * compiler, whose memory grows to the largest and never shrinks: the rows of a 10 MB article in
 * one INSERT held about 250 MB there.
 */
const ROWS_PER_INSERT = 5_000;

function* chunksOf<T>(rows: T[]): Generator<T[]> {
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) yield rows.slice(i, i + ROWS_PER_INSERT);
}

/** Prisma's default of 5 s ends the load of a 10 MB article on a busy machine. */
const LOAD_TRANSACTION = { timeout: 600_000 };

export async function countArticles(db: Database): Promise<number> {
  return db.article.count();
}
