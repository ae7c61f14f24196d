-- CreateTable
CREATE TABLE "Tag" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "color" REAL NOT NULL,
    "hash_col" INTEGER NOT NULL,
    "size" REAL,
    "verified" TEXT
);

-- CreateIndex
CREATE INDEX "Tag_verified_idx" ON "Tag"("verified");

-- CreateIndex
CREATE INDEX "Tag_color_idx" ON "Tag"("color");
