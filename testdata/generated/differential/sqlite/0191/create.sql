-- CreateTable
CREATE TABLE "Refund" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "meta" TEXT,
    "position" TEXT NOT NULL,
    "amount" BLOB,
    "couponKind" TEXT NOT NULL DEFAULT 'HIGH',
    "raw" geometry,
    "productid_ref" TEXT,
    "refundId" TEXT,
    "refundId2" TEXT,
    CONSTRAINT "Refund_productid_ref_fkey" FOREIGN KEY ("productid_ref") REFERENCES "Product" ("id") ON DELETE CASCADE ON UPDATE SET DEFAULT,
    CONSTRAINT "Refund_refundId_fkey" FOREIGN KEY ("refundId") REFERENCES "Refund" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Refund_refundId2_fkey" FOREIGN KEY ("refundId2") REFERENCES "Refund" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Product" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "expiresAt" DECIMAL,
    "couponKind" TEXT
);

-- CreateIndex
CREATE UNIQUE INDEX "Refund_meta_key" ON "Refund"("meta");

-- CreateIndex
CREATE UNIQUE INDEX "Refund_productid_ref_key" ON "Refund"("productid_ref");

-- CreateIndex
CREATE INDEX "Refund_refundId_idx" ON "Refund"("refundId");

-- CreateIndex
CREATE INDEX "Refund_refundId2_idx" ON "Refund"("refundId2");

-- CreateIndex
CREATE INDEX "Refund_position_couponKind_idx" ON "Refund"("position", "couponKind");

-- CreateIndex
CREATE UNIQUE INDEX "Product_couponKind_key" ON "Product"("couponKind");
