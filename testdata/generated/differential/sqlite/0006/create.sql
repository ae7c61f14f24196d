-- CreateTable
CREATE TABLE "Refund" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "count" BOOLEAN NOT NULL,
    "code" BLOB,
    "slug" REAL DEFAULT 1.5,
    "email" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "amount" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    "ratingId" TEXT NOT NULL,
    CONSTRAINT "Refund_ratingId_fkey" FOREIGN KEY ("ratingId") REFERENCES "RatingWithAVeryLongNameThatGoesOnAndOnForTruncation" ("id") ON DELETE CASCADE ON UPDATE RESTRICT
);

-- CreateTable
CREATE TABLE "Product" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "data" DECIMAL NOT NULL DEFAULT 2.25,
    "color" DATETIME,
    "code" JSONB,
    "url" BOOLEAN DEFAULT false,
    "secret" BLOB
);

-- CreateTable
CREATE TABLE "Coupon" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "endsAt" TEXT DEFAULT 'back\slash',
    "raw" NUMERIC
);

-- CreateTable
CREATE TABLE "RatingWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "handle" TEXT NOT NULL,
    "code" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "_CouponToRefund" (
    "A" TEXT NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_CouponToRefund_A_fkey" FOREIGN KEY ("A") REFERENCES "Coupon" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_CouponToRefund_B_fkey" FOREIGN KEY ("B") REFERENCES "Refund" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "refund_slug_0_ix" ON "Refund"("slug" DESC, "amount");

-- CreateIndex
CREATE INDEX "Refund_email_count_idx" ON "Refund"("email", "count");

-- CreateIndex
CREATE INDEX "product_url_0_ix" ON "Product"("url");

-- CreateIndex
CREATE INDEX "Coupon_endsAt_idx" ON "Coupon"("endsAt");

-- CreateIndex
CREATE UNIQUE INDEX "RatingWithAVeryLongNameThatGoesOnAndOnForTruncation_handle_key" ON "RatingWithAVeryLongNameThatGoesOnAndOnForTruncation"("handle");

-- CreateIndex
CREATE INDEX "RatingWithAVeryLongNameThatGoesOnAndOnForTruncation_code_idx" ON "RatingWithAVeryLongNameThatGoesOnAndOnForTruncation"("code");

-- CreateIndex
CREATE INDEX "ratingwithaverylongnamethatgoesonandonfo_code_1_ix" ON "RatingWithAVeryLongNameThatGoesOnAndOnForTruncation"("code");

-- CreateIndex
CREATE UNIQUE INDEX "_CouponToRefund_AB_unique" ON "_CouponToRefund"("A", "B");

-- CreateIndex
CREATE INDEX "_CouponToRefund_B_index" ON "_CouponToRefund"("B");
