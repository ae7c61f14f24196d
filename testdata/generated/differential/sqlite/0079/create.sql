-- CreateTable
CREATE TABLE "RatingWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "url" TEXT,
    "meta" DATETIME DEFAULT '2024-01-02 03:04:05 +00:00',
    "ratingId" TEXT,
    "logTenantId" TEXT,
    "logNumber" INTEGER,
    CONSTRAINT "RatingWithAVeryLongNameThatGoesOnAndOnForTruncation_ratingId_fkey" FOREIGN KEY ("ratingId") REFERENCES "RatingWithAVeryLongNameThatGoesOnAndOnForTruncation" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "RatingWithAVeryLongNameThatGoesOnAndOnForTruncation_logTenantId_logNumber_fkey" FOREIGN KEY ("logTenantId", "logNumber") REFERENCES "Log" ("tenantId", "number") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "Log" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "ratio" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateIndex
CREATE UNIQUE INDEX "RatingWithAVeryLongNameThatGoesOnAndOnForTruncation_ratingId_key" ON "RatingWithAVeryLongNameThatGoesOnAndOnForTruncation"("ratingId");

-- CreateIndex
CREATE INDEX "log_ratio_0_ix" ON "Log"("ratio");
