-- CreateTable
CREATE TABLE "messages" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "slug" JSONB NOT NULL,
    "isActive" INTEGER NOT NULL,
    "avatar" INTEGER NOT NULL,
    "ratingKind" TEXT NOT NULL DEFAULT 'DONE'
);

-- CreateTable
CREATE TABLE "PriceWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "expiresat_col" BLOB,
    "url" BIGINT NOT NULL DEFAULT 0,
    "hash" BIGINT DEFAULT 0,
    "meta" JSONB NOT NULL,
    "payload" BOOLEAN,
    "publishedAt" JSONB NOT NULL,
    "ratingKind" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Role" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "status" BOOLEAN,
    "publishedAt" BLOB,
    "rank_col" INTEGER NOT NULL,
    "status2" BIGINT NOT NULL DEFAULT 1234567890123,
    "rank2" TEXT NOT NULL,
    "startsAt" BOOLEAN NOT NULL,
    "ratingKind" TEXT,
    "raw" NUMERIC
);

-- CreateTable
CREATE TABLE "Refund" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "amount" TEXT,
    "size" BIGINT NOT NULL DEFAULT 1234567890123,
    "total" DECIMAL,
    "avatar" BIGINT NOT NULL DEFAULT 1234567890123,
    "url" DECIMAL NOT NULL DEFAULT 2.25
);

-- CreateIndex
CREATE UNIQUE INDEX "messages_email_key" ON "messages"("email");

-- CreateIndex
CREATE UNIQUE INDEX "messages_avatar_key" ON "messages"("avatar");

-- CreateIndex
CREATE INDEX "messages_ratingKind_idx" ON "messages"("ratingKind");

-- CreateIndex
CREATE UNIQUE INDEX "PriceWithAVeryLongNameThatGoesOnAndOnForTruncation_url_key" ON "PriceWithAVeryLongNameThatGoesOnAndOnForTruncation"("url");

-- CreateIndex
CREATE INDEX "PriceWithAVeryLongNameThatGoesOnAndOnForTruncation_ratingKind_idx" ON "PriceWithAVeryLongNameThatGoesOnAndOnForTruncation"("ratingKind");

-- CreateIndex
CREATE INDEX "pricewithaverylongnamethatgoesonandonfor_ratingkind_1_ix" ON "PriceWithAVeryLongNameThatGoesOnAndOnForTruncation"("ratingKind" DESC);

-- CreateIndex
CREATE INDEX "Role_startsAt_idx" ON "Role"("startsAt");

-- CreateIndex
CREATE INDEX "Role_ratingKind_idx" ON "Role"("ratingKind" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Refund_amount_key" ON "Refund"("amount");

-- CreateIndex
CREATE INDEX "refund_size_0_ix" ON "Refund"("size");
