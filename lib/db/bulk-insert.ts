// Raw better-sqlite3 inserts of tagged articles: the baseline the Prisma loader is measured
// against, and the fast way to build a large benchmark database. SQLite-only, so it stays in lib/db.
import Sqlite from "better-sqlite3";
import { statementBigrams } from "./bigrams";
import { personSpeakers, statementColumns, statementPassagePositions, type ArticleToLoad } from "./load";
import { storedTimestamp } from "./sqlite/dialect";

/**
 * Inserts the articles with the same rows loadArticles writes; returns the statements inserted.
 * Commits every `articlesPerTransaction` articles (1 for one each, or the seed's batch size).
 */
export function insertArticlesRaw(file: string, articles: Iterable<ArticleToLoad>, articlesPerTransaction = Infinity): number {
  const db = new Sqlite(file);
  try {
    db.pragma("journal_mode = WAL");
    const regionCodeByName = new Map((db.prepare(`SELECT "code", "name" FROM "Region"`).all() as { code: string; name: string }[]).map((r) => [r.name, r.code]));
    const knownThemes = new Set(db.prepare(`SELECT "id" FROM "Theme"`).pluck().all() as string[]);
    const leaderIds = new Map((db.prepare(`SELECT "id", "name" FROM "Leader"`).all() as { id: number; name: string }[]).map((l) => [l.name, l.id]));
    const insertArticle = db.prepare(
      `INSERT INTO "Article" ("sourceFile", "title", "date", "contentHash", "content", "loadedAt") VALUES (?, ?, ?, ?, ?, ?)`,
    );
    const insertPassage = db.prepare(`INSERT INTO "Passage" ("articleId", "position", "startChar", "endChar", "text") VALUES (?, ?, ?, ?, ?)`);
    const insertLeader = db.prepare(`INSERT INTO "Leader" ("name") VALUES (?)`);
    const insertStatement = db.prepare(
      `INSERT INTO "Statement" ("articleId", "passageId", "regionCode", "leaderId", "speaker", "office", "level", "city", "date", "datePrecision", "cites", "text", "startChar", "endChar", "evidence", "kind", "topics")
       VALUES (@articleId, @passageId, @regionCode, @leaderId, @speaker, @office, @level, @city, @date, @datePrecision, @cites, @text, @startChar, @endChar, @evidence, @kind, @topics)`,
    );
    const insertBigrams = db.prepare(`INSERT INTO "StatementBigram" ("rowid", "grams") VALUES (?, ?)`);
    const insertTheme = db.prepare(`INSERT INTO "StatementTheme" ("statementId", "themeId") VALUES (?, ?)`);
    const insertTopic = db.prepare(`INSERT INTO "StatementTopic" ("statementId", "topic") VALUES (?, ?)`);

    let statements = 0;
    const insertOne = ({ sourceFile, contentHash, content, tagged }: ArticleToLoad) => {
      const articleId = Number(insertArticle.run(sourceFile, tagged.title, tagged.date, contentHash, content, storedTimestamp()).lastInsertRowid);
      const passageIds = tagged.passages.map((p, position) => Number(insertPassage.run(articleId, position, p.start, p.end, p.text).lastInsertRowid));
      for (const name of personSpeakers(tagged)) {
        if (!leaderIds.has(name)) leaderIds.set(name, Number(insertLeader.run(name).lastInsertRowid));
      }
      const passagePositions = statementPassagePositions(tagged);
      for (const [i, s] of tagged.statements.entries()) {
        const position = passagePositions[i];
        const statementId = insertStatement.run({
          articleId,
          passageId: position === null ? null : passageIds[position],
          regionCode: s.province ? (regionCodeByName.get(s.province) ?? null) : null,
          leaderId: s.speaker ? (leaderIds.get(s.speaker) ?? null) : null,
          ...statementColumns(s, tagged.date),
        }).lastInsertRowid;
        insertBigrams.run(statementId, statementBigrams(s.text));
        for (const themeId of s.themes) if (knownThemes.has(themeId)) insertTheme.run(statementId, themeId);
        for (const topic of s.topics) insertTopic.run(statementId, topic);
        statements++;
      }
    };
    // Pulls the articles as it goes, so a generated corpus is never held whole.
    const remaining = articles[Symbol.iterator]();
    let more = true;
    const insertBatch = db.transaction(() => {
      for (let n = 0; n < articlesPerTransaction; n++) {
        const next = remaining.next();
        if (next.done) return (more = false);
        insertOne(next.value);
      }
    });
    while (more) insertBatch();
    return statements;
  } finally {
    db.close();
  }
}
