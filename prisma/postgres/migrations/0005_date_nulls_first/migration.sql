-- The statement date indexes, with undated statements first as SQLite sorts them. The queries order
-- by date NULLS FIRST ascending and NULLS LAST descending (lib/db/dialect.ts nullableOrder); an index
-- sorted NULLS LAST, as Prisma makes them, serves neither, and a newest-first read of a region and
-- theme then sorted every statement of the region (the compare page took minutes a cell). Read
-- backwards, a NULLS FIRST index gives the other order. Same names and columns as Prisma's.
DROP INDEX "Statement_regionCode_date_idx";
CREATE INDEX "Statement_regionCode_date_idx" ON "Statement"("regionCode", "date" NULLS FIRST);

DROP INDEX "Statement_kind_regionCode_date_idx";
CREATE INDEX "Statement_kind_regionCode_date_idx" ON "Statement"("kind", "regionCode", "date" NULLS FIRST);

DROP INDEX "Statement_leaderId_date_idx";
CREATE INDEX "Statement_leaderId_date_idx" ON "Statement"("leaderId", "date" NULLS FIRST);

DROP INDEX "Statement_speaker_date_articleId_startChar_idx";
CREATE INDEX "Statement_speaker_date_articleId_startChar_idx" ON "Statement"("speaker", "date" NULLS FIRST, "articleId", "startChar");

DROP INDEX "Statement_date_articleId_startChar_idx";
CREATE INDEX "Statement_date_articleId_startChar_idx" ON "Statement"("date" NULLS FIRST, "articleId", "startChar");
