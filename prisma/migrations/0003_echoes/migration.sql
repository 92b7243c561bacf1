-- CreateTable
CREATE TABLE "Clause" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "statementId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "startChar" INTEGER NOT NULL,
    "endChar" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    CONSTRAINT "Clause_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Echo" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "centralClauseId" INTEGER NOT NULL,
    "clauseId" INTEGER NOT NULL,
    "score" REAL NOT NULL,
    "sharedPhrases" TEXT NOT NULL,
    "lagDays" INTEGER NOT NULL,
    CONSTRAINT "Echo_centralClauseId_fkey" FOREIGN KEY ("centralClauseId") REFERENCES "Clause" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Echo_clauseId_fkey" FOREIGN KEY ("clauseId") REFERENCES "Clause" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);


-- CreateIndex
CREATE INDEX "Clause_statementId_position_idx" ON "Clause"("statementId", "position");

-- CreateIndex
CREATE INDEX "Echo_clauseId_idx" ON "Echo"("clauseId");

-- CreateIndex
CREATE UNIQUE INDEX "Echo_centralClauseId_clauseId_key" ON "Echo"("centralClauseId", "clauseId");
