-- CreateTable
CREATE TABLE "products" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "position" TEXT NOT NULL DEFAULT 'hello',
    "expiresAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "code" INTEGER,
    "note" BIGINT DEFAULT 0,
    "couponTenantId" TEXT,
    "couponNumber" INTEGER,

    PRIMARY KEY ("number", "tenantId"),
    CONSTRAINT "products_couponTenantId_couponNumber_fkey" FOREIGN KEY ("couponTenantId", "couponNumber") REFERENCES "Coupon" ("tenantId", "number") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Coupon" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "hash" DATETIME NOT NULL,
    "balance" INTEGER NOT NULL,
    "weight" INTEGER NOT NULL DEFAULT 42,
    "flags" BIGINT NOT NULL DEFAULT 0,
    "orderItemKind" TEXT,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "total" INTEGER NOT NULL,
    "url_col" JSONB NOT NULL,
    "color" TEXT,
    "secret_col" TEXT NOT NULL,
    "price" REAL NOT NULL DEFAULT -2.25,
    "orderItemKind" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    "sessionId" TEXT,
    CONSTRAINT "Session_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session" ("id") ON DELETE SET NULL ON UPDATE SET DEFAULT
);

-- CreateIndex
CREATE INDEX "Coupon_flags_idx" ON "Coupon"("flags");

-- CreateIndex
CREATE INDEX "Coupon_hash_idx" ON "Coupon"("hash");

-- CreateIndex
CREATE UNIQUE INDEX "coupon_pair_key" ON "Coupon"("weight", "hash");

-- CreateIndex
CREATE INDEX "Session_price_idx" ON "Session"("price");
