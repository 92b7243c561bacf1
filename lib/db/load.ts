// Writes for the seed pipeline. Every article is loaded in one transaction: all of its
// passages and statements, or none of them.
import type { Database } from "./client";
import type { TaggedArticle } from "@/lib/tagger/types";

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

/**
 * Loads one tagged article. The same content (by hash) is skipped; a file whose text changed
 * replaces its earlier version, statements included.
 */
export async function loadArticle(db: Database, article: ArticleToLoad): Promise<LoadOutcome> {
  const existing = await db.article.findUnique({ where: { contentHash: article.contentHash }, select: { id: true } });
  if (existing) return "skipped";

  const regionCodeByName = new Map((await db.region.findMany({ select: { code: true, name: true } })).map((r) => [r.name, r.code]));
  const knownThemes = new Set((await db.theme.findMany({ select: { id: true } })).map((t) => t.id));

  return db.$transaction(async (tx) => {
    const previous = await tx.article.deleteMany({ where: { sourceFile: article.sourceFile } });
    const { tagged } = article;
    const created = await tx.article.create({
      data: {
        sourceFile: article.sourceFile,
        title: tagged.title,
        date: tagged.date,
        contentHash: article.contentHash,
        content: article.content,
      },
    });
    const passages = await tx.passage.createManyAndReturn({
      data: tagged.passages.map((p, position) => ({
        articleId: created.id,
        position,
        startChar: p.start,
        endChar: p.end,
        text: p.text,
      })),
      select: { id: true, startChar: true, endChar: true },
    });

    const leaderIds = new Map<string, number>();
    for (const name of new Set(tagged.statements.map((s) => s.speaker))) {
      if (!name || NON_PERSON_SPEAKERS.has(name)) continue;
      const leader = await tx.leader.upsert({ where: { name }, create: { name }, update: {} });
      leaderIds.set(name, leader.id);
    }

    for (const s of tagged.statements) {
      const passage = passages.find((p) => p.startChar <= s.start && s.start < p.endChar);
      const statement = await tx.statement.create({
        data: {
          articleId: created.id,
          passageId: passage?.id ?? null,
          regionCode: s.province ? (regionCodeByName.get(s.province) ?? null) : null,
          leaderId: s.speaker ? (leaderIds.get(s.speaker) ?? null) : null,
          speaker: s.speaker,
          office: s.office,
          level: s.level,
          city: s.city,
          date: s.date ?? tagged.date,
          text: s.text,
          startChar: s.start,
          endChar: s.end,
          evidence: JSON.stringify(s.evidence),
        },
        select: { id: true },
      });
      const themeIds = s.themes.filter((t) => knownThemes.has(t));
      if (themeIds.length > 0) {
        await tx.statementTheme.createMany({ data: themeIds.map((themeId) => ({ statementId: statement.id, themeId })) });
      }
    }
    return previous.count > 0 ? "replaced" : "loaded";
  });
}

export async function countArticles(db: Database): Promise<number> {
  return db.article.count();
}
