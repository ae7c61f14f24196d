-- CreateTable
CREATE TABLE "Coupon" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "email" TEXT NOT NULL,
    "endsAt" INTEGER,
    "startsAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "size_col" BIGINT NOT NULL,
    "expiresAt" TEXT NOT NULL,
    "startsAt2" DECIMAL,
    "payload" REAL DEFAULT 0,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateTable
CREATE TABLE "Price" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "price" BIGINT,
    "verified" DATETIME
);

-- CreateTable
CREATE TABLE "MemberWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "amount" DECIMAL NOT NULL,
    "secret_col" REAL NOT NULL
);

-- CreateTable
CREATE TABLE "Price_v2" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "hash" REAL NOT NULL,
    "flags" TEXT,
    "rank_col" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateTable
CREATE TABLE "Comment" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "email" TEXT NOT NULL,
    "flags" TEXT NOT NULL,
    "code" REAL NOT NULL DEFAULT -2.25,
    "data" INTEGER DEFAULT -7,
    "secret" BOOLEAN DEFAULT false,
    "count" REAL,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateIndex
CREATE UNIQUE INDEX "Coupon_email_key" ON "Coupon"("email");

-- CreateIndex
CREATE INDEX "Coupon_endsAt_idx" ON "Coupon"("endsAt" DESC);

-- CreateIndex
CREATE INDEX "Coupon_startsAt_idx" ON "Coupon"("startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "Price_price_verified_key" ON "Price"("price", "verified");

-- CreateIndex
CREATE INDEX "MemberWithAVeryLongNameThatGoesOnAndOnForTruncation_secret_col_idx" ON "MemberWithAVeryLongNameThatGoesOnAndOnForTruncation"("secret_col");

-- CreateIndex
CREATE INDEX "Price_v2_rank_col_hash_idx" ON "Price_v2"("rank_col", "hash");

-- CreateIndex
CREATE INDEX "price_v2_hash_1_ix" ON "Price_v2"("hash");

-- CreateIndex
CREATE UNIQUE INDEX "Comment_email_key" ON "Comment"("email");
