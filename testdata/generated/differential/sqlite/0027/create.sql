-- CreateTable
CREATE TABLE "Refund" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "amount" BIGINT NOT NULL,
    "noteKind" TEXT DEFAULT 'DONE'
);

-- CreateTable
CREATE TABLE "Region" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "data" JSONB NOT NULL,
    "startsAt" INTEGER NOT NULL DEFAULT 0
);

-- CreateTable
CREATE TABLE "Review" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "version" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "amount_col" INTEGER NOT NULL,
    "title" TEXT DEFAULT 'back\slash',
    "projectKind" TEXT NOT NULL,
    "raw" geometry
);

-- CreateTable
CREATE TABLE "Product" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" BOOLEAN DEFAULT false,
    "url" DATETIME NOT NULL,
    "hash" BLOB,
    "ratio" REAL DEFAULT -2.25,
    "expiresat_col" DATETIME,
    "noteKind" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "SessionWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" DATETIME NOT NULL,
    "version" TEXT NOT NULL,
    "email" DECIMAL NOT NULL DEFAULT 1.5,
    "level" BLOB NOT NULL,
    "score" DECIMAL DEFAULT 1.5,
    "status" DATETIME DEFAULT '2024-01-02 03:04:05 +00:00',
    "sessionId" INTEGER,
    CONSTRAINT "SessionWithAVeryLongNameThatGoesOnAndOnForTruncation_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "SessionWithAVeryLongNameThatGoesOnAndOnForTruncation" ("id") ON DELETE SET NULL ON UPDATE SET DEFAULT
);

-- CreateTable
CREATE TABLE "_ReviewToSessionWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "A" TEXT NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_ReviewToSessionWithAVeryLongNameThatGoesOnAndOnForTruncation_A_fkey" FOREIGN KEY ("A") REFERENCES "Review" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_ReviewToSessionWithAVeryLongNameThatGoesOnAndOnForTruncation_B_fkey" FOREIGN KEY ("B") REFERENCES "SessionWithAVeryLongNameThatGoesOnAndOnForTruncation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_ProductToRegion" (
    "A" INTEGER NOT NULL,
    "B" TEXT NOT NULL,
    CONSTRAINT "_ProductToRegion_A_fkey" FOREIGN KEY ("A") REFERENCES "Product" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_ProductToRegion_B_fkey" FOREIGN KEY ("B") REFERENCES "Region" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Refund_noteKind_amount_idx" ON "Refund"("noteKind", "amount");

-- CreateIndex
CREATE UNIQUE INDEX "Region_startsAt_key" ON "Region"("startsAt");

-- CreateIndex
CREATE INDEX "Region_startsAt_idx" ON "Region"("startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "Review_title_key" ON "Review"("title");

-- CreateIndex
CREATE INDEX "review_amount_0_ix" ON "Review"("amount_col");

-- CreateIndex
CREATE INDEX "Review_amount_col_version_idx" ON "Review"("amount_col", "version");

-- CreateIndex
CREATE INDEX "Product_email_idx" ON "Product"("email");

-- CreateIndex
CREATE INDEX "product_email_1_ix" ON "Product"("email");

-- CreateIndex
CREATE INDEX "SessionWithAVeryLongNameThatGoesOnAndOnForTruncation_score_idx" ON "SessionWithAVeryLongNameThatGoesOnAndOnForTruncation"("score");

-- CreateIndex
CREATE UNIQUE INDEX "_ReviewToSessionWithAVeryLongNameThatGoesOnAndOnForTruncation_AB_unique" ON "_ReviewToSessionWithAVeryLongNameThatGoesOnAndOnForTruncation"("A", "B");

-- CreateIndex
CREATE INDEX "_ReviewToSessionWithAVeryLongNameThatGoesOnAndOnForTruncation_B_index" ON "_ReviewToSessionWithAVeryLongNameThatGoesOnAndOnForTruncation"("B");

-- CreateIndex
CREATE UNIQUE INDEX "_ProductToRegion_AB_unique" ON "_ProductToRegion"("A", "B");

-- CreateIndex
CREATE INDEX "_ProductToRegion_B_index" ON "_ProductToRegion"("B");
