-- The PostgreSQL counterpart of the SQLite migration 0013_story_tally: stories beside articles in
-- ArticleTally (lib/db/coverage.ts). The index stays covering; the tally is marked stale so that the
-- next seed rebuilds it.
ALTER TABLE "ArticleTally" ADD COLUMN "stories" INTEGER NOT NULL DEFAULT 0;

DROP INDEX "ArticleTally_period_regionCode_articles_idx";
CREATE INDEX "ArticleTally_period_regionCode_articles_stories_idx" ON "ArticleTally"("period", "regionCode", "articles", "stories");

DELETE FROM "DerivedTable" WHERE "name" = 'tally';
