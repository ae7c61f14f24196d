-- DropIndex
DROP INDEX "Doc_body_idx";

-- DropIndex
DROP INDEX "Doc_slug_idx";

-- CreateIndex
CREATE INDEX "Doc_body_idx" ON "Doc"("body" DESC);

-- CreateIndex
CREATE INDEX "Doc_data_idx" ON "Doc" USING GIN ("data" jsonb_path_ops);

-- CreateIndex
CREATE INDEX "Doc_email_idx" ON "Doc" USING HASH ("email");

-- CreateIndex
CREATE INDEX "Doc_slug_idx" ON "Doc"("slug" text_pattern_ops);

-- RenameIndex
ALTER INDEX "Doc_old_title_idx" RENAME TO "Doc_title_idx";
