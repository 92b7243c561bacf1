-- What prisma/schema.prisma cannot say, the PostgreSQL counterparts of the SQLite migrations
-- 0002_search, 0007_bigram_search and 0009_derived_tables.

-- Words of three characters or more: a trigram index on the text, read by LIKE / ILIKE. The
-- migrator (lib/db/postgres/migrate.ts) checks that the database's locale cuts Chinese into trigrams.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX "Statement_text_trgm_idx" ON "Statement" USING GIN ("text" gin_trgm_ops);

-- Two-character words (most Chinese words): each statement's pairs of adjacent letters or digits,
-- cut by the writers as for SQLite (lib/db/bigrams.ts), looked up with @>.
CREATE TABLE "StatementBigram" (
    "statementId" INTEGER NOT NULL PRIMARY KEY REFERENCES "Statement"("id") ON DELETE CASCADE,
    "grams" TEXT[] NOT NULL
);
CREATE INDEX "StatementBigram_grams_idx" ON "StatementBigram" USING GIN ("grams");

-- The corpus version moves on whenever articles are added or removed, in that transaction (lib/db/derived.ts).
INSERT INTO "CorpusVersion" ("id", "version") VALUES (1, 1);

CREATE FUNCTION "atlas_corpus_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "CorpusVersion" SET "version" = "version" + 1 WHERE "id" = 1;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Article_corpus_insert" AFTER INSERT ON "Article" FOR EACH STATEMENT EXECUTE FUNCTION "atlas_corpus_changed"();
CREATE TRIGGER "Article_corpus_delete" AFTER DELETE ON "Article" FOR EACH STATEMENT EXECUTE FUNCTION "atlas_corpus_changed"();
