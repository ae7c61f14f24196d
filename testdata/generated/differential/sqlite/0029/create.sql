-- CreateTable
CREATE TABLE "Review" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "publishedAt" REAL DEFAULT 1.5,
    "position" BOOLEAN DEFAULT true,
    "planKind" TEXT NOT NULL DEFAULT 'PENDING',
    "reviewId" INTEGER,
    CONSTRAINT "Review_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "Review" ("id") ON DELETE NO ACTION ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Ticket" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "version" JSONB NOT NULL
);

-- CreateIndex
CREATE INDEX "Review_publishedAt_idx" ON "Review"("publishedAt");

-- CreateIndex
CREATE INDEX "Review_position_reviewId_idx" ON "Review"("position", "reviewId");
