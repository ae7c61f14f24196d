-- CreateTable
CREATE TABLE "Coupon" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "body" TEXT DEFAULT 'x',
    "expiresAt" TEXT NOT NULL DEFAULT 'back\slash',
    "status" TEXT
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" INTEGER NOT NULL DEFAULT -7,
    "email_col" BLOB NOT NULL,
    "label" BLOB NOT NULL,
    "endsAt" BOOLEAN NOT NULL,
    "title" BIGINT DEFAULT 0,
    "raw" NUMERIC
);

-- CreateTable
CREATE TABLE "Folder" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "weight" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "memberEmail" TEXT NOT NULL,
    "productTenantId" TEXT,
    "productNumber" INTEGER,

    PRIMARY KEY ("tenantId", "number"),
    CONSTRAINT "Folder_memberEmail_fkey" FOREIGN KEY ("memberEmail") REFERENCES "Member" ("email") ON DELETE SET DEFAULT ON UPDATE NO ACTION,
    CONSTRAINT "Folder_productTenantId_productNumber_fkey" FOREIGN KEY ("productTenantId", "productNumber") REFERENCES "Product" ("tenantId", "number") ON DELETE NO ACTION ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Member" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "publishedAt" TEXT,
    "code" INTEGER NOT NULL DEFAULT 0,
    "balance" JSONB,
    "count" REAL NOT NULL,
    "slug" BLOB NOT NULL
);

-- CreateTable
CREATE TABLE "Product" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "updatedAt" JSONB NOT NULL,
    "body" BOOLEAN DEFAULT true,
    "publishedAt" BIGINT NOT NULL,
    "level" BIGINT,
    "endsat_col" DATETIME,
    "weight" BIGINT NOT NULL DEFAULT 1234567890123,
    "raw" geometry,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateIndex
CREATE INDEX "coupon_expiresat_0_ix" ON "Coupon"("expiresAt" DESC, "status");

-- CreateIndex
CREATE INDEX "coupon_expiresat_1_ix" ON "Coupon"("expiresAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "User_endsAt_key" ON "User"("endsAt");

-- CreateIndex
CREATE INDEX "Folder_memberEmail_idx" ON "Folder"("memberEmail");

-- CreateIndex
CREATE UNIQUE INDEX "Member_email_key" ON "Member"("email");

-- CreateIndex
CREATE INDEX "member_publishedat_0_ix" ON "Member"("publishedAt");

-- CreateIndex
CREATE INDEX "Member_email_idx" ON "Member"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Product_weight_publishedAt_key" ON "Product"("weight", "publishedAt");
