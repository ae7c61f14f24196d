-- CreateTable
CREATE TABLE "ShipmentHistory" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "balance" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DECIMAL,
    "publishedAt" INTEGER DEFAULT 42,
    "version" JSONB NOT NULL,
    "position" BOOLEAN
);

-- CreateTable
CREATE TABLE "Message" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "size" BOOLEAN NOT NULL DEFAULT false,
    "amount" JSONB,
    "avatar" DECIMAL NOT NULL,
    "secret" BOOLEAN NOT NULL DEFAULT true
);

-- CreateTable
CREATE TABLE "tokens" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "startsAt" REAL DEFAULT 1.5
);

-- CreateTable
CREATE TABLE "Review" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "email" TEXT NOT NULL,
    "score_col" BIGINT NOT NULL,
    "amount" INTEGER NOT NULL DEFAULT 0,
    "status" DECIMAL NOT NULL DEFAULT 1.5,
    "amount2" DATETIME DEFAULT '2024-01-02 03:04:05 +00:00',

    PRIMARY KEY ("tenantId", "number")
);

-- CreateTable
CREATE TABLE "Shipment_v2" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "avatar_col" TEXT
);

-- CreateIndex
CREATE INDEX "ShipmentHistory_balance_position_idx" ON "ShipmentHistory"("balance", "position");

-- CreateIndex
CREATE INDEX "ShipmentHistory_balance_idx" ON "ShipmentHistory"("balance");

-- CreateIndex
CREATE UNIQUE INDEX "Message_slug_key" ON "Message"("slug");

-- CreateIndex
CREATE INDEX "Message_slug_idx" ON "Message"("slug" DESC);

-- CreateIndex
CREATE INDEX "message_avatar_1_ix" ON "Message"("avatar");

-- CreateIndex
CREATE UNIQUE INDEX "tokens_startsAt_key" ON "tokens"("startsAt");

-- CreateIndex
CREATE INDEX "tokens_startsAt_idx" ON "tokens"("startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "Review_email_key" ON "Review"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Review_score_col_key" ON "Review"("score_col");

-- CreateIndex
CREATE INDEX "Review_score_col_email_idx" ON "Review"("score_col", "email");

-- CreateIndex
CREATE UNIQUE INDEX "Shipment_v2_avatar_col_key" ON "Shipment_v2"("avatar_col");

-- CreateIndex
CREATE INDEX "shipment_v2_avatar_0_ix" ON "Shipment_v2"("avatar_col");
