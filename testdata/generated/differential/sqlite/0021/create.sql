-- CreateTable
CREATE TABLE "Store" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "version" BOOLEAN,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateTable
CREATE TABLE "Category" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "verified" DECIMAL NOT NULL DEFAULT 0,
    "flags" BIGINT NOT NULL,
    "flags2" DECIMAL NOT NULL,
    "position" DATETIME,
    "color" BLOB,
    "code" TEXT NOT NULL,
    "storeSlug" TEXT,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateTable
CREATE TABLE "Coupon" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "level" BIGINT DEFAULT 0,
    "startsAt" DATETIME,
    "version" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "flags" DECIMAL NOT NULL DEFAULT 0,
    "raw" NUMERIC,

    PRIMARY KEY ("number", "tenantId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Store_slug_key" ON "Store"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Store_version_key" ON "Store"("version");

-- CreateIndex
CREATE INDEX "Store_slug_idx" ON "Store"("slug" DESC);

-- CreateIndex
CREATE INDEX "Category_storeSlug_idx" ON "Category"("storeSlug");

-- CreateIndex
CREATE INDEX "Category_storeSlug_position_idx" ON "Category"("storeSlug", "position");
