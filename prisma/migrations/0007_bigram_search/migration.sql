-- Two-character words (most Chinese words) looked up by an index rather than by reading every
-- statement. Contentless FTS5 (detail=none: row ids only), row id = statement id; each row holds the
-- statement's pairs of adjacent letters or digits, one token each (lib/db/bigrams.ts). SQL cannot
-- cut text by Unicode category, so the writers (lib/db/load.ts, lib/db/bulk-insert.ts) add the rows.
CREATE VIRTUAL TABLE "StatementBigram" USING fts5("grams", content='', contentless_delete=1, detail=none, tokenize="unicode61 remove_diacritics 0");

CREATE TRIGGER "Statement_bigram_delete" AFTER DELETE ON "Statement" BEGIN
  DELETE FROM "StatementBigram" WHERE "rowid" = old."id";
END;

-- Statements loaded before this migration: the migrator (lib/db/migrate.ts) provides the function.
INSERT INTO "StatementBigram" ("rowid", "grams") SELECT "id", atlas_statement_bigrams("text") FROM "Statement";
