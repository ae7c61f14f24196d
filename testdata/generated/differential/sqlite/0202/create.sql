-- CreateTable
CREATE TABLE "coupons" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "amount" INTEGER,
    "title" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "isActive" BLOB,
    "balance" DATETIME NOT NULL,
    "email2" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Region" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" INTEGER NOT NULL DEFAULT -7
);

-- CreateIndex
CREATE UNIQUE INDEX "coupons_email_key" ON "coupons"("email");

-- CreateIndex
CREATE UNIQUE INDEX "coupons_balance_key" ON "coupons"("balance");

-- CreateIndex
CREATE INDEX "coupons_balance_email_idx" ON "coupons"("balance" DESC, "email");

-- CreateIndex
CREATE UNIQUE INDEX "Region_name_key" ON "Region"("name");

-- CreateIndex
CREATE INDEX "Region_name_idx" ON "Region"("name");

-- CreateIndex
CREATE INDEX "region_name_1_ix" ON "Region"("name" DESC);
