-- CreateTable
CREATE TABLE "Address" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "data" TEXT NOT NULL,
    "color" BLOB,
    "weight" DATETIME NOT NULL,
    "status_col" BLOB,
    "slug" BIGINT NOT NULL,
    "hash" INTEGER DEFAULT 42,
    "updatedAt" DATETIME NOT NULL,
    "couponTenantId" TEXT NOT NULL,
    "couponNumber" INTEGER NOT NULL,

    PRIMARY KEY ("tenantId", "number"),
    CONSTRAINT "Address_couponTenantId_couponNumber_fkey" FOREIGN KEY ("couponTenantId", "couponNumber") REFERENCES "Coupon" ("tenantId", "number") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Coupon" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "code" BOOLEAN NOT NULL,
    "note" REAL NOT NULL,
    "meta" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "body_col" REAL NOT NULL,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateTable
CREATE TABLE "Team" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "amount" BIGINT NOT NULL
);

-- CreateIndex
CREATE INDEX "Address_data_idx" ON "Address"("data");

-- CreateIndex
CREATE INDEX "Address_couponNumber_idx" ON "Address"("couponNumber");

-- CreateIndex
CREATE INDEX "coupon_code_0_ix" ON "Coupon"("code", "body_col");

-- CreateIndex
CREATE INDEX "Coupon_body_col_idx" ON "Coupon"("body_col");

-- CreateIndex
CREATE UNIQUE INDEX "Coupon_meta_body_col_key" ON "Coupon"("meta", "body_col");

-- CreateIndex
CREATE INDEX "Team_amount_idx" ON "Team"("amount");
