-- DropIndex
DROP INDEX "Doc_slug_idx";

-- DropIndex
DROP INDEX "Doc_body_idx";

-- CreateIndex
CREATE INDEX "Doc_body_idx" ON "Doc"("body" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Doc_slug_title_key" ON "Doc"("slug", "title");

-- RedefineIndex
DROP INDEX "Doc_old_title_idx";
CREATE INDEX "Doc_title_idx" ON "Doc"("title");
