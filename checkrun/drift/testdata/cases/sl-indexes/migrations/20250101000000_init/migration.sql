-- CreateTable
CREATE TABLE "Doc" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "slug" TEXT NOT NULL
);

-- CreateIndex
CREATE INDEX "Doc_old_title_idx" ON "Doc"("title");

-- CreateIndex
CREATE INDEX "Doc_body_idx" ON "Doc"("body");

-- CreateIndex
CREATE INDEX "Doc_slug_idx" ON "Doc"("slug");
