-- Echoes link statements, not clauses: a local statement cites or echoes a central statement.
-- Echo is derived (the seed rebuilds it), so the old rows are dropped, not converted.
-- Statements loaded before this migration have no cites until their articles are loaded again.

-- AlterTable
ALTER TABLE "Statement" ADD COLUMN "datePrecision" TEXT;
ALTER TABLE "Statement" ADD COLUMN "cites" TEXT NOT NULL DEFAULT '[]';

-- CreateTable
CREATE TABLE "CitedEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "statementId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "speaker" TEXT,
    "text" TEXT NOT NULL,
    "citedDate" TEXT,
    "eventDate" TEXT,
    "lagDays" INTEGER,
    "loaded" BOOLEAN NOT NULL,
    CONSTRAINT "CitedEvent_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTable
DROP TABLE "Echo";
CREATE TABLE "Echo" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "centralStatementId" INTEGER NOT NULL,
    "statementId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "score" REAL NOT NULL,
    "lagDays" INTEGER,
    "sharedSpans" TEXT NOT NULL,
    "citedEventId" INTEGER,
    CONSTRAINT "Echo_centralStatementId_fkey" FOREIGN KEY ("centralStatementId") REFERENCES "Statement" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Echo_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Echo_citedEventId_fkey" FOREIGN KEY ("citedEventId") REFERENCES "CitedEvent" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Echo_statementId_idx" ON "Echo"("statementId");
CREATE UNIQUE INDEX "Echo_centralStatementId_statementId_key" ON "Echo"("centralStatementId", "statementId");
CREATE INDEX "CitedEvent_statementId_idx" ON "CitedEvent"("statementId");
CREATE INDEX "CitedEvent_name_idx" ON "CitedEvent"("name");

-- The echoes were rebuilt for the old table: mark them stale so the next seed rebuilds them.
DELETE FROM "DerivedTable" WHERE "name" = 'echoes';
