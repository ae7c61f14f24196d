-- CreateTable
CREATE TABLE "coupons" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "handle" TEXT NOT NULL,
    "body" BLOB NOT NULL,
    "count" JSONB NOT NULL,
    "total" INTEGER NOT NULL,
    "couponHandle" TEXT,
    CONSTRAINT "coupons_couponHandle_fkey" FOREIGN KEY ("couponHandle") REFERENCES "coupons" ("handle") ON DELETE SET DEFAULT ON UPDATE SET NULL
);

-- CreateTable
CREATE TABLE "DeviceWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "count" BOOLEAN NOT NULL,
    "flags" INTEGER NOT NULL DEFAULT 42,
    "couponId" INTEGER,
    CONSTRAINT "DeviceWithAVeryLongNameThatGoesOnAndOnForTruncation_couponId_fkey" FOREIGN KEY ("couponId") REFERENCES "coupons" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "coupons_handle_key" ON "coupons"("handle");

-- CreateIndex
CREATE INDEX "coupons_total_idx" ON "coupons"("total");

-- CreateIndex
CREATE INDEX "coupon_handle_1_ix" ON "coupons"("handle" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "DeviceWithAVeryLongNameThatGoesOnAndOnForTruncation_couponId_key" ON "DeviceWithAVeryLongNameThatGoesOnAndOnForTruncation"("couponId");

-- CreateIndex
CREATE INDEX "DeviceWithAVeryLongNameThatGoesOnAndOnForTruncation_count_idx" ON "DeviceWithAVeryLongNameThatGoesOnAndOnForTruncation"("count" DESC);
