-- What the derived tables (clauses and echoes, the tally) were built for. The corpus version moves on
-- whenever an article is added or removed, in that article's own transaction; a rebuild records the
-- version it read in the transaction that writes its last row (lib/db/derived.ts). A derived table is
-- complete only when the two agree, so a seed killed between loading and rebuilding leaves it marked
-- stale, and the next seed rebuilds it. Tables built before this migration are not known complete.

-- CreateTable
CREATE TABLE "CorpusVersion" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "version" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "DerivedTable" (
    "name" TEXT NOT NULL PRIMARY KEY,
    "builtFor" INTEGER NOT NULL
);

INSERT INTO "CorpusVersion" ("id", "version") VALUES (1, 1);

CREATE TRIGGER "Article_corpus_insert" AFTER INSERT ON "Article" BEGIN
  UPDATE "CorpusVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Article_corpus_delete" AFTER DELETE ON "Article" BEGIN
  UPDATE "CorpusVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
