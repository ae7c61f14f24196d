-- CreateTable
CREATE TABLE "Coupon" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "flags" BLOB NOT NULL,
    "ratio" DATETIME NOT NULL,
    "color" DECIMAL,
    "verified" INTEGER,
    "url" INTEGER NOT NULL DEFAULT -7,
    "note" INTEGER,
    "couponId" INTEGER,
    CONSTRAINT "Coupon_couponId_fkey" FOREIGN KEY ("couponId") REFERENCES "Coupon" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Invoice" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "note" INTEGER,
    "data" DECIMAL DEFAULT 1.5,
    "endsAt" BOOLEAN NOT NULL DEFAULT false,
    "title" REAL NOT NULL DEFAULT 1.5,
    "total" DECIMAL NOT NULL DEFAULT 0,
    "endsat2_col" INTEGER NOT NULL DEFAULT 1,
    "couponId" INTEGER NOT NULL,
    CONSTRAINT "Invoice_couponId_fkey" FOREIGN KEY ("couponId") REFERENCES "Coupon" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Coupon_note_idx" ON "Coupon"("note" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Coupon_verified_note_key" ON "Coupon"("verified", "note");

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_couponId_key" ON "Invoice"("couponId");

-- CreateIndex
CREATE INDEX "Invoice_title_idx" ON "Invoice"("title");

-- CreateIndex
CREATE INDEX "invoice_title_1_ix" ON "Invoice"("title", "note");
