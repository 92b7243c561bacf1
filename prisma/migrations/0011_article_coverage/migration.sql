-- Articles loaded per region and period, beside the statement tally (lib/db/coverage.ts): the map
-- tells "no articles from the region" from "articles, but no matching statement", and divides by it.
-- The tally is marked stale so that the next seed rebuilds both, in one transaction.
CREATE TABLE "ArticleTally" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "regionCode" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "articles" INTEGER NOT NULL
);

CREATE INDEX "ArticleTally_period_regionCode_articles_idx" ON "ArticleTally"("period", "regionCode", "articles");

DELETE FROM "DerivedTable" WHERE "name" = 'tally';
