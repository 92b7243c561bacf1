-- CreateTable
CREATE TABLE "StatementTally" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "regionCode" TEXT,
    "speaker" TEXT,
    "office" TEXT,
    "level" TEXT,
    "themeId" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "statements" INTEGER NOT NULL,
    "latest" TEXT
);

-- DropIndex
DROP INDEX "Statement_date_idx";

-- CreateIndex
CREATE INDEX "Statement_date_articleId_startChar_idx" ON "Statement"("date", "articleId", "startChar");

-- CreateIndex
CREATE INDEX "StatementTally_themeId_period_level_speaker_regionCode_office_statements_latest_idx" ON "StatementTally"("themeId", "period", "level", "speaker", "regionCode", "office", "statements", "latest");

-- Fill the tally of a database seeded before it existed, as lib/db/tally.ts does after each seed.
INSERT INTO "StatementTally" ("regionCode", "speaker", "office", "level", "themeId", "period", "statements", "latest")
SELECT s."regionCode", s."speaker", s."office", s."level", '*', s."date", COUNT(*), MAX(s."date" || '#' || printf('%012d', s."id")) FROM "Statement" s WHERE s."date" IS NOT NULL GROUP BY s."regionCode", s."speaker", s."office", s."level", s."date"
UNION ALL
SELECT s."regionCode", s."speaker", s."office", s."level", '*', '*', COUNT(*), MAX(s."date" || '#' || printf('%012d', s."id")) FROM "Statement" s GROUP BY s."regionCode", s."speaker", s."office", s."level";

INSERT INTO "StatementTally" ("regionCode", "speaker", "office", "level", "themeId", "period", "statements", "latest")
SELECT s."regionCode", s."speaker", s."office", s."level", t."themeId", s."date", COUNT(*), MAX(s."date" || '#' || printf('%012d', s."id"))
  FROM "Statement" s JOIN "StatementTheme" t ON t."statementId" = s."id" WHERE s."date" IS NOT NULL
  GROUP BY s."regionCode", s."speaker", s."office", s."level", t."themeId", s."date"
UNION ALL
SELECT s."regionCode", s."speaker", s."office", s."level", t."themeId", '*', COUNT(*), MAX(s."date" || '#' || printf('%012d', s."id"))
  FROM "Statement" s JOIN "StatementTheme" t ON t."statementId" = s."id"
  GROUP BY s."regionCode", s."speaker", s."office", s."level", t."themeId";
