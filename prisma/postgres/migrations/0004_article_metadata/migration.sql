-- The PostgreSQL counterpart of the SQLite migration 0012_article_metadata: an article's outlet,
-- address and author for a citation, whether its date was read from the text, and reprintOf, which
-- groups reprints with the article whose statements count for them (lib/db/stories.ts).
ALTER TABLE "Article" ADD COLUMN "outlet" TEXT;
ALTER TABLE "Article" ADD COLUMN "outletEvidence" TEXT;
ALTER TABLE "Article" ADD COLUMN "url" TEXT;
ALTER TABLE "Article" ADD COLUMN "author" TEXT;
ALTER TABLE "Article" ADD COLUMN "dateInferred" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "Article" ADD COLUMN "reprintOf" INTEGER;
ALTER TABLE "Article" ADD COLUMN "reprintSimilarity" DOUBLE PRECISION;

CREATE INDEX "Article_reprintOf_idx" ON "Article"("reprintOf");
