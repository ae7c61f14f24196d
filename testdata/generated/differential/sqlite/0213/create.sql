-- CreateTable
CREATE TABLE "Payment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "handle" TEXT NOT NULL,
    "endsAt" TEXT NOT NULL DEFAULT 'hello',
    "paymentHandle" TEXT,
    CONSTRAINT "Payment_paymentHandle_fkey" FOREIGN KEY ("paymentHandle") REFERENCES "Payment" ("handle") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Product" (
    "product_id" TEXT NOT NULL PRIMARY KEY,
    "endsAt" INTEGER DEFAULT 0,
    "code" DATETIME NOT NULL,
    "updatedAt" BLOB NOT NULL,
    "position" JSONB NOT NULL,
    "name_col" REAL
);

-- CreateTable
CREATE TABLE "coupons" (
    "coupon_id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "rank" BIGINT DEFAULT 1234567890123,
    "color" REAL,
    "score" BIGINT,
    "payload" DATETIME NOT NULL,
    "isActive" BLOB NOT NULL
);

-- CreateTable
CREATE TABLE "_PaymentToProduct" (
    "A" INTEGER NOT NULL,
    "B" TEXT NOT NULL,
    CONSTRAINT "_PaymentToProduct_A_fkey" FOREIGN KEY ("A") REFERENCES "Payment" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_PaymentToProduct_B_fkey" FOREIGN KEY ("B") REFERENCES "Product" ("product_id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Payment_handle_key" ON "Payment"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "coupons_slug_key" ON "coupons"("slug");

-- CreateIndex
CREATE INDEX "coupon_rank_0_ix" ON "coupons"("rank", "color");

-- CreateIndex
CREATE INDEX "coupons_score_idx" ON "coupons"("score");

-- CreateIndex
CREATE UNIQUE INDEX "_PaymentToProduct_AB_unique" ON "_PaymentToProduct"("A", "B");

-- CreateIndex
CREATE INDEX "_PaymentToProduct_B_index" ON "_PaymentToProduct"("B");
