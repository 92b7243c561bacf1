-- What an article is, for a citation: its outlet, address and author, as its file gives them or as
-- read from its dateline (outletEvidence says how, and is null when the file named the outlet); whether
-- its date was read from the text. reprintOf groups reprints: a near-duplicate of an earlier story
-- points to the article whose statements count for both (lib/db/stories.ts), rebuilt by the seed.
ALTER TABLE "Article" ADD COLUMN "outlet" TEXT;
ALTER TABLE "Article" ADD COLUMN "outletEvidence" TEXT;
ALTER TABLE "Article" ADD COLUMN "url" TEXT;
ALTER TABLE "Article" ADD COLUMN "author" TEXT;
ALTER TABLE "Article" ADD COLUMN "dateInferred" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "Article" ADD COLUMN "reprintOf" INTEGER;
ALTER TABLE "Article" ADD COLUMN "reprintSimilarity" REAL;

CREATE INDEX "Article_reprintOf_idx" ON "Article"("reprintOf");
