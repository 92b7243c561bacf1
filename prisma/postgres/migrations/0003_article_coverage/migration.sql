-- The PostgreSQL counterpart of the SQLite migration 0011_article_coverage: articles loaded per region
-- and period (lib/db/coverage.ts). The tally is marked stale so that the next seed rebuilds both.
CREATE TABLE "ArticleTally" (
    "id" SERIAL NOT NULL,
    "regionCode" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "articles" INTEGER NOT NULL,

    CONSTRAINT "ArticleTally_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "ArticleTally_period_regionCode_articles_idx" ON "ArticleTally"("period", "regionCode", "articles");

DELETE FROM "DerivedTable" WHERE "name" = 'tally';
