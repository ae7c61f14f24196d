-- CreateTable
CREATE TABLE "Tag" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "publishedAt" DECIMAL DEFAULT 2.25,
    "code" BOOLEAN NOT NULL DEFAULT true,
    "publishedAt2" DATETIME,
    "slug2_col" TEXT DEFAULT ''
);

-- CreateTable
CREATE TABLE "Log" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "endsAt" BOOLEAN,
    "updatedAt" TEXT NOT NULL,
    "slug" REAL NOT NULL DEFAULT 1.5,
    "slug2" DATETIME,
    "total" REAL NOT NULL,
    "name" JSONB,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateTable
CREATE TABLE "Product" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "color" INTEGER NOT NULL,
    "count" BLOB,
    "kind" TEXT,
    "payload" BOOLEAN NOT NULL DEFAULT true,
    "body" INTEGER NOT NULL,
    "logTenantId" TEXT NOT NULL,
    "lognumber_ref" INTEGER NOT NULL,
    CONSTRAINT "Product_logTenantId_lognumber_ref_fkey" FOREIGN KEY ("logTenantId", "lognumber_ref") REFERENCES "Log" ("tenantId", "number") ON DELETE SET DEFAULT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Tag_slug_key" ON "Tag"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Tag_publishedAt2_key" ON "Tag"("publishedAt2");

-- CreateIndex
CREATE INDEX "Tag_publishedAt_code_idx" ON "Tag"("publishedAt", "code");

-- CreateIndex
CREATE INDEX "Product_color_kind_idx" ON "Product"("color", "kind");
