-- CreateTable
CREATE TABLE "Old" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "tag" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Keep" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "label" TEXT,
    "slug" TEXT NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "Old_name_key" ON "Old"("name");

-- CreateIndex
CREATE INDEX "Old_tag_idx" ON "Old"("tag");

-- CreateIndex
CREATE INDEX "Keep_slug_idx" ON "Keep"("slug");
