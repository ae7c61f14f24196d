-- CreateTable
CREATE TABLE "roles" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "score" DECIMAL NOT NULL,
    "slug" INTEGER DEFAULT -7,
    "note" TEXT DEFAULT 'hello',
    "price" JSONB,
    "expiresAt" DECIMAL NOT NULL DEFAULT 1.5,
    "ratingId" TEXT NOT NULL,
    CONSTRAINT "roles_ratingId_fkey" FOREIGN KEY ("ratingId") REFERENCES "ratings" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ratings" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "size" BIGINT NOT NULL DEFAULT 0,
    "amount" BIGINT DEFAULT 1234567890123,
    "ratingId" TEXT,
    CONSTRAINT "ratings_ratingId_fkey" FOREIGN KEY ("ratingId") REFERENCES "ratings" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_RatingToRole" (
    "A" TEXT NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_RatingToRole_A_fkey" FOREIGN KEY ("A") REFERENCES "ratings" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_RatingToRole_B_fkey" FOREIGN KEY ("B") REFERENCES "roles" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "roles_ratingId_idx" ON "roles"("ratingId");

-- CreateIndex
CREATE INDEX "roles_score_idx" ON "roles"("score");

-- CreateIndex
CREATE INDEX "roles_expiresAt_idx" ON "roles"("expiresAt" DESC);

-- CreateIndex
CREATE INDEX "ratings_size_ratingId_idx" ON "ratings"("size", "ratingId");

-- CreateIndex
CREATE INDEX "ratings_size_idx" ON "ratings"("size" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "_RatingToRole_AB_unique" ON "_RatingToRole"("A", "B");

-- CreateIndex
CREATE INDEX "_RatingToRole_B_index" ON "_RatingToRole"("B");
