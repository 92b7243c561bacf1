// Writes for the seed pipeline. Every article is loaded in one transaction: all of its
// passages and statements, or none of them.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Database } from "./client";
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
      const row = { id: t.id, nameZh: t.zh, nameEn: t.en };
      await tx.theme.upsert({ where: { id: t.id }, create: row, update: row });
    }
    await tx.post.deleteMany();
    for (const p of data.posts) {
      const regionCode = regionCodeByName.get(p.region);
      if (!regionCode) throw new Error(`leaders data: unknown region "${p.region}" for ${p.name}`);
      const leader = await tx.leader.upsert({ where: { name: p.name }, create: { name: p.name }, update: {} });
      await tx.post.create({
        data: {
          leaderId: leader.id,
          regionCode,
          office: p.office,
          role: p.role,
          level: p.level,
          city: p.city,
          startDate: p.start,
          endDate: p.end,
          source: p.source,
        },
      });
    }
  });
}

export type LoadOutcome = "loaded" | "replaced" | "skipped";

export interface ArticleToLoad {
  sourceFile: string;
  contentHash: string;
  content: string;
  tagged: TaggedArticle;
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
    text: s.text,
    startChar: s.start,
    endChar: s.end,
    evidence: JSON.stringify(s.evidence),
  };
}

/** The people who speak in an article, each once. */
export function personSpeakers(tagged: TaggedArticle): string[] {
  return [...new Set(tagged.statements.map((s) => s.speaker))].filter((name): name is string => !!name && !NON_PERSON_SPEAKERS.has(name));
}

/** How Prisma writes a DateTime into SQLite text, for rows inserted with SQL. */
export function storedTimestamp(date = new Date()): string {
  return date.toISOString().replace("Z", "+00:00");
}

/**
 * Loads one tagged article. The same content (by hash) is skipped; a file whose text changed
 * replaces its earlier version, statements included.
 * Rows go in as one multi-row INSERT per table: Prisma's createMany costs a fifth of a
 * millisecond per row here, which alone would take the 10k-article seed past its budget.
 */
export async function loadArticle(db: Database, article: ArticleToLoad): Promise<LoadOutcome> {
  const existing = await db.article.findUnique({ where: { contentHash: article.contentHash }, select: { id: true } });
  if (existing) return "skipped";
  const { tagged } = article;

  return db.$transaction(async (tx) => {
    const previous = await tx.article.deleteMany({ where: { sourceFile: article.sourceFile } });
    const [{ id: articleId }] = await tx.$queryRaw<{ id: number }[]>`
      INSERT INTO "Article" ("sourceFile", "title", "date", "contentHash", "content", "loadedAt")
      VALUES (${article.sourceFile}, ${tagged.title}, ${tagged.date}, ${article.contentHash}, ${article.content}, ${storedTimestamp()})
      RETURNING "id"`;
    if (tagged.passages.length > 0) {
      await tx.$executeRaw`
        INSERT INTO "Passage" ("articleId", "position", "startChar", "endChar", "text")
        VALUES ${Prisma.join(tagged.passages.map((p, position) => Prisma.sql`(${articleId}, ${position}, ${p.start}, ${p.end}, ${p.text})`))}`;
    }
    const speakers = personSpeakers(tagged);
    if (speakers.length > 0) {
      await tx.$executeRaw`INSERT INTO "Leader" ("name") VALUES ${Prisma.join(speakers.map((name) => Prisma.sql`(${name})`))} ON CONFLICT ("name") DO NOTHING`;
    }
    if (tagged.statements.length === 0) return previous.count > 0 ? "replaced" : "loaded";

    const rows = tagged.statements.map((s) => {
      const c = statementColumns(s, tagged.date);
      const speaker = s.speaker && speakers.includes(s.speaker) ? s.speaker : null;
      return Prisma.sql`(${articleId},
        (SELECT "id" FROM "Passage" WHERE "articleId" = ${articleId} AND "startChar" <= ${s.start} AND ${s.start} < "endChar" ORDER BY "position" LIMIT 1),
        (SELECT "code" FROM "Region" WHERE "name" = ${s.province}),
        (SELECT "id" FROM "Leader" WHERE "name" = ${speaker}),
        ${c.speaker}, ${c.office}, ${c.level}, ${c.city}, ${c.date}, ${c.text}, ${c.startChar}, ${c.endChar}, ${c.evidence})`;
    });
    // One INSERT assigns ascending ids in the order of its rows, so sorted ids line up with the statements.
    const ids = (
      await tx.$queryRaw<{ id: number }[]>`
        INSERT INTO "Statement" ("articleId", "passageId", "regionCode", "leaderId", "speaker", "office", "level", "city", "date", "text", "startChar", "endChar", "evidence")
        VALUES ${Prisma.join(rows)} RETURNING "id"`
    )
      .map((r) => Number(r.id))
      .sort((a, b) => a - b);
    const links = tagged.statements.flatMap((s, i) => s.themes.map((themeId) => Prisma.sql`(${ids[i]}, ${themeId})`));
    if (links.length > 0) {
      // Theme ids the database does not know are dropped, as before.
      await tx.$executeRaw`
        INSERT INTO "StatementTheme" ("statementId", "themeId")
        SELECT "link"."column1", "link"."column2" FROM (VALUES ${Prisma.join(links)}) AS "link"
        WHERE "link"."column2" IN (SELECT "id" FROM "Theme")`;
    }
    return previous.count > 0 ? "replaced" : "loaded";
  });
}

export async function countArticles(db: Database): Promise<number> {
  return db.article.count();
}
