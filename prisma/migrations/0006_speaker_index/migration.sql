-- CreateIndex
CREATE INDEX "Statement_speaker_date_articleId_startChar_idx" ON "Statement"("speaker", "date", "articleId", "startChar");
