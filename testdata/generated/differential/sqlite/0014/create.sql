-- CreateTable
CREATE TABLE "channels" (
    "channel_id" TEXT NOT NULL PRIMARY KEY,
    "amount" BLOB,
    "price" BIGINT,
    "createdAt" INTEGER NOT NULL,
    "secret" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Price" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "score" TEXT NOT NULL,
    "data" BLOB,
    "secret_col" BLOB,
    "sessionId" TEXT,
    CONSTRAINT "Price_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "SessionWithAVeryLongNameThatGoesOnAndOnForTruncation" ("id") ON DELETE SET NULL ON UPDATE RESTRICT
);

-- CreateTable
CREATE TABLE "SessionWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "endsAt" TEXT,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "_SessionWithAVeryLongNameThatGoesOnAndOnForTruncationToPrice504" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,
    CONSTRAINT "_SessionWithAVeryLongNameThatGoesOnAndOnForTruncationToPrice504_A_fkey" FOREIGN KEY ("A") REFERENCES "Price" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_SessionWithAVeryLongNameThatGoesOnAndOnForTruncationToPrice504_B_fkey" FOREIGN KEY ("B") REFERENCES "SessionWithAVeryLongNameThatGoesOnAndOnForTruncation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "channels_price_key" ON "channels"("price");

-- CreateIndex
CREATE INDEX "channel_createdat_0_ix" ON "channels"("createdAt", "price");

-- CreateIndex
CREATE INDEX "channels_price_idx" ON "channels"("price");

-- CreateIndex
CREATE UNIQUE INDEX "channels_createdAt_price_key" ON "channels"("createdAt", "price");

-- CreateIndex
CREATE UNIQUE INDEX "Price_sessionId_key" ON "Price"("sessionId");

-- CreateIndex
CREATE INDEX "Price_sessionId_score_idx" ON "Price"("sessionId", "score");

-- CreateIndex
CREATE INDEX "price_sessionid_1_ix" ON "Price"("sessionId");

-- CreateIndex
CREATE UNIQUE INDEX "SessionWithAVeryLongNameThatGoesOnAndOnForTruncation_endsAt_key" ON "SessionWithAVeryLongNameThatGoesOnAndOnForTruncation"("endsAt");

-- CreateIndex
CREATE INDEX "sessionwithaverylongnamethatgoesonandonf_endsat_0_ix" ON "SessionWithAVeryLongNameThatGoesOnAndOnForTruncation"("endsAt");

-- CreateIndex
CREATE UNIQUE INDEX "_SessionWithAVeryLongNameThatGoesOnAndOnForTruncationToPrice504_AB_unique" ON "_SessionWithAVeryLongNameThatGoesOnAndOnForTruncationToPrice504"("A", "B");

-- CreateIndex
CREATE INDEX "_SessionWithAVeryLongNameThatGoesOnAndOnForTruncationToPrice504_B_index" ON "_SessionWithAVeryLongNameThatGoesOnAndOnForTruncationToPrice504"("B");
