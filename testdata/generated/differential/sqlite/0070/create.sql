-- CreateTable
CREATE TABLE "items" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" BLOB NOT NULL,
    "weight" TEXT,
    "position" INTEGER NOT NULL DEFAULT -7,
    "rank_col" DECIMAL NOT NULL,
    "data" JSONB NOT NULL,
    "raw" money,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Channel" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "handle" TEXT NOT NULL,
    "position" TEXT NOT NULL,
    "ratio" DECIMAL,
    "title" BIGINT NOT NULL DEFAULT 1234567890123,
    "payload" BOOLEAN NOT NULL,
    "price" BOOLEAN NOT NULL DEFAULT false,
    "raw" money
);

-- CreateTable
CREATE TABLE "TicketWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "expiresAt" DATETIME
);

-- CreateTable
CREATE TABLE "Audit" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "expiresAt" BOOLEAN NOT NULL,
    "position" BLOB NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "items_weight_key" ON "items"("weight");

-- CreateIndex
CREATE INDEX "items_position_idx" ON "items"("position" DESC);

-- CreateIndex
CREATE INDEX "items_weight_position_idx" ON "items"("weight", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Channel_handle_key" ON "Channel"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "Channel_payload_key" ON "Channel"("payload");

-- CreateIndex
CREATE INDEX "Channel_ratio_idx" ON "Channel"("ratio");

-- CreateIndex
CREATE UNIQUE INDEX "TicketWithAVeryLongNameThatGoesOnAndOnForTruncation_slug_key" ON "TicketWithAVeryLongNameThatGoesOnAndOnForTruncation"("slug");

-- CreateIndex
CREATE INDEX "Audit_expiresAt_idx" ON "Audit"("expiresAt");
