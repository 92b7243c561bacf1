-- CreateTable
CREATE TABLE "Region" (
    "code" TEXT NOT NULL,
    "adcode" INTEGER,
    "name" TEXT NOT NULL,
    "fullName" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "kind" TEXT NOT NULL,

    CONSTRAINT "Region_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Leader" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Leader_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Post" (
    "id" SERIAL NOT NULL,
    "leaderId" INTEGER NOT NULL,
    "regionCode" TEXT NOT NULL,
    "office" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "city" TEXT,
    "startDate" TEXT NOT NULL,
    "endDate" TEXT,
    "source" TEXT NOT NULL,

    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Article" (
    "id" SERIAL NOT NULL,
    "sourceFile" TEXT NOT NULL,
    "title" TEXT,
    "date" TEXT,
    "contentHash" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "loadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Article_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Passage" (
    "id" SERIAL NOT NULL,
    "articleId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "startChar" INTEGER NOT NULL,
    "endChar" INTEGER NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "Passage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Statement" (
    "id" SERIAL NOT NULL,
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
    "datePrecision" TEXT,
    "cites" TEXT NOT NULL DEFAULT '[]',

    CONSTRAINT "Statement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Theme" (
    "id" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "topic" INTEGER NOT NULL DEFAULT 0,
    "parentId" TEXT,

    CONSTRAINT "Theme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StatementTopic" (
    "statementId" INTEGER NOT NULL,
    "topic" INTEGER NOT NULL,

    CONSTRAINT "StatementTopic_pkey" PRIMARY KEY ("statementId","topic")
);

-- CreateTable
CREATE TABLE "StatementTheme" (
    "statementId" INTEGER NOT NULL,
    "themeId" TEXT NOT NULL,

    CONSTRAINT "StatementTheme_pkey" PRIMARY KEY ("statementId","themeId")
);

-- CreateTable
CREATE TABLE "Clause" (
    "id" SERIAL NOT NULL,
    "statementId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "startChar" INTEGER NOT NULL,
    "endChar" INTEGER NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "Clause_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Echo" (
    "id" SERIAL NOT NULL,
    "centralStatementId" INTEGER NOT NULL,
    "statementId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "lagDays" INTEGER,
    "sharedSpans" TEXT NOT NULL,
    "citedEventId" INTEGER,

    CONSTRAINT "Echo_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CitedEvent" (
    "id" SERIAL NOT NULL,
    "statementId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "speaker" TEXT,
    "text" TEXT NOT NULL,
    "citedDate" TEXT,
    "eventDate" TEXT,
    "lagDays" INTEGER,
    "loaded" BOOLEAN NOT NULL,

    CONSTRAINT "CitedEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StatementTally" (
    "id" SERIAL NOT NULL,
    "regionCode" TEXT,
    "speaker" TEXT,
    "office" TEXT,
    "level" TEXT,
    "themeId" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "statements" INTEGER NOT NULL,
    "latest" TEXT,
    "kind" TEXT NOT NULL DEFAULT 'assessment',

    CONSTRAINT "StatementTally_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CorpusVersion" (
    "id" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,

    CONSTRAINT "CorpusVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DerivedTable" (
    "name" TEXT NOT NULL,
    "builtFor" INTEGER NOT NULL,

    CONSTRAINT "DerivedTable_pkey" PRIMARY KEY ("name")
);

-- CreateIndex
CREATE UNIQUE INDEX "Region_adcode_key" ON "Region"("adcode");

-- CreateIndex
CREATE UNIQUE INDEX "Region_name_key" ON "Region"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Leader_name_key" ON "Leader"("name");

-- CreateIndex
CREATE INDEX "Post_regionCode_idx" ON "Post"("regionCode");

-- CreateIndex
CREATE INDEX "Post_leaderId_idx" ON "Post"("leaderId");

-- CreateIndex
CREATE UNIQUE INDEX "Article_contentHash_key" ON "Article"("contentHash");

-- CreateIndex
CREATE INDEX "Article_sourceFile_idx" ON "Article"("sourceFile");

-- CreateIndex
CREATE INDEX "Passage_articleId_position_idx" ON "Passage"("articleId", "position");

-- CreateIndex
CREATE INDEX "Statement_regionCode_date_idx" ON "Statement"("regionCode", "date");

-- CreateIndex
CREATE INDEX "Statement_kind_regionCode_date_idx" ON "Statement"("kind", "regionCode", "date");

-- CreateIndex
CREATE INDEX "Statement_leaderId_date_idx" ON "Statement"("leaderId", "date");

-- CreateIndex
CREATE INDEX "Statement_speaker_date_articleId_startChar_idx" ON "Statement"("speaker", "date", "articleId", "startChar");

-- CreateIndex
CREATE INDEX "Statement_articleId_idx" ON "Statement"("articleId");

-- CreateIndex
CREATE INDEX "Statement_date_articleId_startChar_idx" ON "Statement"("date", "articleId", "startChar");

-- CreateIndex
CREATE INDEX "StatementTopic_topic_idx" ON "StatementTopic"("topic");

-- CreateIndex
CREATE INDEX "StatementTheme_themeId_idx" ON "StatementTheme"("themeId");

-- CreateIndex
CREATE INDEX "Clause_statementId_position_idx" ON "Clause"("statementId", "position");

-- CreateIndex
CREATE INDEX "Echo_statementId_idx" ON "Echo"("statementId");

-- CreateIndex
CREATE UNIQUE INDEX "Echo_centralStatementId_statementId_key" ON "Echo"("centralStatementId", "statementId");

-- CreateIndex
CREATE INDEX "CitedEvent_statementId_idx" ON "CitedEvent"("statementId");

-- CreateIndex
CREATE INDEX "CitedEvent_name_idx" ON "CitedEvent"("name");

-- CreateIndex
CREATE INDEX "StatementTally_themeId_period_kind_level_speaker_regionCode_idx" ON "StatementTally"("themeId", "period", "kind", "level", "speaker", "regionCode", "office", "statements", "latest");

-- AddForeignKey
ALTER TABLE "Post" ADD CONSTRAINT "Post_leaderId_fkey" FOREIGN KEY ("leaderId") REFERENCES "Leader"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Post" ADD CONSTRAINT "Post_regionCode_fkey" FOREIGN KEY ("regionCode") REFERENCES "Region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Passage" ADD CONSTRAINT "Passage_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Statement" ADD CONSTRAINT "Statement_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Statement" ADD CONSTRAINT "Statement_passageId_fkey" FOREIGN KEY ("passageId") REFERENCES "Passage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Statement" ADD CONSTRAINT "Statement_regionCode_fkey" FOREIGN KEY ("regionCode") REFERENCES "Region"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Statement" ADD CONSTRAINT "Statement_leaderId_fkey" FOREIGN KEY ("leaderId") REFERENCES "Leader"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementTopic" ADD CONSTRAINT "StatementTopic_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementTheme" ADD CONSTRAINT "StatementTheme_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementTheme" ADD CONSTRAINT "StatementTheme_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "Theme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Clause" ADD CONSTRAINT "Clause_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Echo" ADD CONSTRAINT "Echo_centralStatementId_fkey" FOREIGN KEY ("centralStatementId") REFERENCES "Statement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Echo" ADD CONSTRAINT "Echo_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Echo" ADD CONSTRAINT "Echo_citedEventId_fkey" FOREIGN KEY ("citedEventId") REFERENCES "CitedEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CitedEvent" ADD CONSTRAINT "CitedEvent_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

