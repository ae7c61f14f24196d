-- CreateTable
CREATE TABLE "UserWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "weight_col" BOOLEAN,
    "payload" BOOLEAN NOT NULL DEFAULT true,
    "label" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "reviews" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "position" JSONB,
    "size" DECIMAL,
    "total" TEXT NOT NULL DEFAULT 'hello',
    "body" JSONB NOT NULL,
    "amount" REAL NOT NULL,
    "reviewId" INTEGER,
    CONSTRAINT "reviews_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "reviews" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "itemwithaverylongnamethatgoesonandonfortruncations" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "balance" INTEGER,
    "hash" BLOB,
    "version" BIGINT,
    "amount" BIGINT NOT NULL DEFAULT 0,
    "weight" BOOLEAN DEFAULT false,
    "userId" INTEGER,

    PRIMARY KEY ("tenantId", "number"),
    CONSTRAINT "itemwithaverylongnamethatgoesonandonfortruncations_userId_fkey" FOREIGN KEY ("userId") REFERENCES "UserWithAVeryLongNameThatGoesOnAndOnForTruncation" ("id") ON DELETE CASCADE ON UPDATE RESTRICT
);

-- CreateTable
CREATE TABLE "Coupon" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "avatar" BIGINT,
    "raw" money,
    "itemTenantId" TEXT,
    "itemNumber" INTEGER,
    CONSTRAINT "Coupon_itemTenantId_itemNumber_fkey" FOREIGN KEY ("itemTenantId", "itemNumber") REFERENCES "itemwithaverylongnamethatgoesonandonfortruncations" ("tenantId", "number") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "Account" (
    "couponId" INTEGER NOT NULL,
    "userWithAVeryLongNameThatGoesOnAndOnForTruncationId" INTEGER NOT NULL,

    PRIMARY KEY ("couponId", "userWithAVeryLongNameThatGoesOnAndOnForTruncationId"),
    CONSTRAINT "Account_couponId_fkey" FOREIGN KEY ("couponId") REFERENCES "Coupon" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Account_userWithAVeryLongNameThatGoesOnAndOnForTruncationId_fkey" FOREIGN KEY ("userWithAVeryLongNameThatGoesOnAndOnForTruncationId") REFERENCES "UserWithAVeryLongNameThatGoesOnAndOnForTruncation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "UserWithAVeryLongNameThatGoesOnAndOnForTruncation_label_idx" ON "UserWithAVeryLongNameThatGoesOnAndOnForTruncation"("label");

-- CreateIndex
CREATE UNIQUE INDEX "reviews_slug_key" ON "reviews"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "reviews_reviewId_key" ON "reviews"("reviewId");

-- CreateIndex
CREATE INDEX "reviews_amount_idx" ON "reviews"("amount");

-- CreateIndex
CREATE INDEX "reviews_reviewId_idx" ON "reviews"("reviewId");

-- CreateIndex
CREATE UNIQUE INDEX "itemwithaverylongnamethatgoesonandonfortruncations_userId_key" ON "itemwithaverylongnamethatgoesonandonfortruncations"("userId");

-- CreateIndex
CREATE INDEX "itemwithaverylongnamethatgoesonandonfortruncations_amount_idx" ON "itemwithaverylongnamethatgoesonandonfortruncations"("amount");

-- CreateIndex
CREATE INDEX "Coupon_itemNumber_idx" ON "Coupon"("itemNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Coupon_itemTenantId_itemNumber_key" ON "Coupon"("itemTenantId", "itemNumber");
