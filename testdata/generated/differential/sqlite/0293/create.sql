-- CreateTable
CREATE TABLE "reviews" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "status" REAL NOT NULL,
    "raw" NUMERIC
);

-- CreateIndex
CREATE INDEX "review_status_0_ix" ON "reviews"("status" DESC);
