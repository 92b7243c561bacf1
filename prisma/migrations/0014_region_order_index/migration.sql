-- The region filter lists statements by date, article and position: with the index on region and date
-- alone, SQLite sorted every statement of the region to return the first hundred.
-- DropIndex
DROP INDEX "Statement_regionCode_date_idx";

-- CreateIndex
CREATE INDEX "Statement_regionCode_date_articleId_startChar_idx" ON "Statement"("regionCode", "date", "articleId", "startChar");
