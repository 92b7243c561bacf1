-- Statements gain a kind (directive, assessment, procedural) and CAP major topics, themes a topic
-- and a parent, the tally a kind. SQLite cannot add a column where Prisma writes it (before the
-- constraints), so Statement and Theme are made anew and their rows copied, with foreign keys off
-- (lib/db/migrate.ts reads the pragma below) so that dropping the old tables deletes nothing else.
PRAGMA foreign_keys=OFF;

CREATE TABLE "new_Statement" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "articleId" INTEGER NOT NULL,
    "passageId" INTEGER,
    "regionCode" TEXT,
    "leaderId" INTEGER,
    "speaker" TEXT,
    "office" TEXT,
    "level" TEXT,
    "city" TEXT,
    "date" TEXT,
    "text" TEXT NOT NULL,
    "startChar" INTEGER NOT NULL,
    "endChar" INTEGER NOT NULL,
    "evidence" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'assessment',
    "topics" TEXT NOT NULL DEFAULT '[]',
    CONSTRAINT "Statement_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Statement_passageId_fkey" FOREIGN KEY ("passageId") REFERENCES "Passage" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Statement_regionCode_fkey" FOREIGN KEY ("regionCode") REFERENCES "Region" ("code") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Statement_leaderId_fkey" FOREIGN KEY ("leaderId") REFERENCES "Leader" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Statement" ("id", "articleId", "passageId", "regionCode", "leaderId", "speaker", "office", "level", "city", "date", "text", "startChar", "endChar", "evidence") SELECT "id", "articleId", "passageId", "regionCode", "leaderId", "speaker", "office", "level", "city", "date", "text", "startChar", "endChar", "evidence" FROM "Statement";
DROP TABLE "Statement";
ALTER TABLE "new_Statement" RENAME TO "Statement";

CREATE TABLE "new_Theme" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "topic" INTEGER NOT NULL DEFAULT 0,
    "parentId" TEXT
);
INSERT INTO "new_Theme" ("id", "nameZh", "nameEn") SELECT "id", "nameZh", "nameEn" FROM "Theme";
DROP TABLE "Theme";
ALTER TABLE "new_Theme" RENAME TO "Theme";

CREATE TABLE "StatementTopic" (
    "statementId" INTEGER NOT NULL,
    "topic" INTEGER NOT NULL,

    PRIMARY KEY ("statementId", "topic"),
    CONSTRAINT "StatementTopic_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- Emptied: the seed rebuilds the tally when it finds statements and no tally (lib/db/tally.ts).
DROP TABLE "StatementTally";
CREATE TABLE "StatementTally" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "regionCode" TEXT,
    "speaker" TEXT,
    "office" TEXT,
    "level" TEXT,
    "themeId" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "statements" INTEGER NOT NULL,
    "latest" TEXT,
    "kind" TEXT NOT NULL DEFAULT 'assessment'
);

CREATE INDEX "Statement_regionCode_date_idx" ON "Statement"("regionCode", "date");
CREATE INDEX "Statement_kind_regionCode_date_idx" ON "Statement"("kind", "regionCode", "date");
CREATE INDEX "Statement_leaderId_date_idx" ON "Statement"("leaderId", "date");
CREATE INDEX "Statement_speaker_date_articleId_startChar_idx" ON "Statement"("speaker", "date", "articleId", "startChar");
CREATE INDEX "Statement_articleId_idx" ON "Statement"("articleId");
CREATE INDEX "Statement_date_articleId_startChar_idx" ON "Statement"("date", "articleId", "startChar");
CREATE INDEX "StatementTopic_topic_idx" ON "StatementTopic"("topic");
CREATE INDEX "StatementTally_themeId_period_kind_level_speaker_regionCode_office_statements_latest_idx" ON "StatementTally"("themeId", "period", "kind", "level", "speaker", "regionCode", "office", "statements", "latest");

-- The search indexes' triggers went with the old table (0002_search, 0007_bigram_search).
CREATE TRIGGER "Statement_search_insert" AFTER INSERT ON "Statement" BEGIN
  INSERT INTO "StatementSearch" ("rowid", "text") VALUES (new."id", new."text");
END;

CREATE TRIGGER "Statement_search_delete" AFTER DELETE ON "Statement" BEGIN
  INSERT INTO "StatementSearch" ("StatementSearch", "rowid", "text") VALUES ('delete', old."id", old."text");
END;

CREATE TRIGGER "Statement_search_update" AFTER UPDATE OF "text" ON "Statement" BEGIN
  INSERT INTO "StatementSearch" ("StatementSearch", "rowid", "text") VALUES ('delete', old."id", old."text");
  INSERT INTO "StatementSearch" ("rowid", "text") VALUES (new."id", new."text");
END;

CREATE TRIGGER "Statement_bigram_delete" AFTER DELETE ON "Statement" BEGIN
  DELETE FROM "StatementBigram" WHERE "rowid" = old."id";
END;

-- Statements tagged before have no kind or topics: a changed hash makes the next seed of their
-- files tag them again and replace them (lib/db/load.ts replaces an article by its file name).
UPDATE "Article" SET "contentHash" = 'before-kinds:' || "contentHash";
