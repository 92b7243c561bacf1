-- The PostgreSQL counterpart of the SQLite migration 0014_region_order_index: the region filter lists
-- statements by date, article and position, read off one index instead of sorting each day's
-- statements of the region. Undated statements first, as in 0005.
DROP INDEX "Statement_regionCode_date_idx";
CREATE INDEX "Statement_regionCode_date_articleId_startChar_idx" ON "Statement"("regionCode", "date" NULLS FIRST, "articleId", "startChar");
