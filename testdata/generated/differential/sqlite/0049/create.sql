-- CreateTable
CREATE TABLE "Token" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "email" TEXT NOT NULL,
    "total_col" INTEGER NOT NULL DEFAULT -7,
    "title" DECIMAL NOT NULL DEFAULT 2.25,
    "data_col" TEXT,
    "verified" DECIMAL NOT NULL,
    "reviewEmail" TEXT NOT NULL,

    PRIMARY KEY ("tenantId", "number"),
    CONSTRAINT "Token_reviewEmail_fkey" FOREIGN KEY ("reviewEmail") REFERENCES "Review" ("email") ON DELETE RESTRICT ON UPDATE RESTRICT
);

-- CreateTable
CREATE TABLE "Tag" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "color" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "ratio" INTEGER NOT NULL DEFAULT 42,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateTable
CREATE TABLE "Region" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "version" JSONB NOT NULL,
    "verified" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Review" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "color" INTEGER NOT NULL DEFAULT 0,
    "isActive" INTEGER NOT NULL,
    "publishedAt" BOOLEAN NOT NULL,
    "total_col" INTEGER DEFAULT 0,
    "slug" INTEGER NOT NULL,
    "tokenTenantId" TEXT,
    "tokenNumber" INTEGER,
    CONSTRAINT "Review_tokenTenantId_tokenNumber_fkey" FOREIGN KEY ("tokenTenantId", "tokenNumber") REFERENCES "Token" ("tenantId", "number") ON DELETE SET NULL ON UPDATE SET NULL
);

-- CreateTable
CREATE TABLE "Shipment" (
    "shipment_id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "createdAt" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "Cart" (
    "tokenTenantId" TEXT NOT NULL,
    "tokenNumber" INTEGER NOT NULL,
    "shipmentId" TEXT NOT NULL,

    PRIMARY KEY ("tokenTenantId", "tokenNumber", "shipmentId"),
    CONSTRAINT "Cart_tokenTenantId_tokenNumber_fkey" FOREIGN KEY ("tokenTenantId", "tokenNumber") REFERENCES "Token" ("tenantId", "number") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Cart_shipmentId_fkey" FOREIGN KEY ("shipmentId") REFERENCES "Shipment" ("shipment_id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Token_email_key" ON "Token"("email");

-- CreateIndex
CREATE INDEX "Token_verified_reviewEmail_idx" ON "Token"("verified", "reviewEmail");

-- CreateIndex
CREATE INDEX "Token_email_idx" ON "Token"("email");

-- CreateIndex
CREATE INDEX "Tag_ratio_idx" ON "Tag"("ratio" DESC);

-- CreateIndex
CREATE INDEX "tag_ratio_1_ix" ON "Tag"("ratio" DESC);

-- CreateIndex
CREATE INDEX "Region_verified_idx" ON "Region"("verified" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Review_email_key" ON "Review"("email");

-- CreateIndex
CREATE INDEX "Review_tokenTenantId_tokenNumber_idx" ON "Review"("tokenTenantId", "tokenNumber");

-- CreateIndex
CREATE INDEX "Review_isActive_idx" ON "Review"("isActive" DESC);

-- CreateIndex
CREATE INDEX "Review_publishedAt_idx" ON "Review"("publishedAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Shipment_slug_key" ON "Shipment"("slug");

-- CreateIndex
CREATE INDEX "Shipment_slug_idx" ON "Shipment"("slug");

-- CreateIndex
CREATE INDEX "shipment_slug_1_ix" ON "Shipment"("slug" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Shipment_createdAt_slug_key" ON "Shipment"("createdAt", "slug");
