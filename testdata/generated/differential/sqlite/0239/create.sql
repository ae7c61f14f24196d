-- CreateTable
CREATE TABLE "File" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "weight" DATETIME,
    "weight2_col" JSONB NOT NULL,
    "title" TEXT,
    "size" INTEGER,
    "raw" money
);

-- CreateTable
CREATE TABLE "Project" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "kind" INTEGER NOT NULL DEFAULT 0,
    "size" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateTable
CREATE TABLE "Product" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "isActive" DATETIME DEFAULT '2024-01-02 03:04:05 +00:00',
    "ratio_col" DATETIME NOT NULL,
    "code" REAL,
    "raw" geometry,

    PRIMARY KEY ("number", "tenantId")
);

-- CreateTable
CREATE TABLE "shipments" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "level" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endsat_col" TEXT NOT NULL,
    "slug2" TEXT NOT NULL DEFAULT 'hello',
    "level2" TEXT,
    "payload" INTEGER DEFAULT 42
);

-- CreateTable
CREATE TABLE "Audit" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "endsAt" BIGINT DEFAULT 0,
    "secret" DECIMAL DEFAULT 2.25,
    "avatar" JSONB,
    "publishedat_col" BIGINT NOT NULL,
    "weight" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Review" (
    "productNumber" INTEGER NOT NULL,
    "productTenantId" TEXT NOT NULL,
    "fileId" TEXT NOT NULL,
    "projectTenantId" TEXT,
    "projectNumber" INTEGER,

    PRIMARY KEY ("productNumber", "productTenantId", "fileId")
);

-- CreateIndex
CREATE UNIQUE INDEX "File_email_key" ON "File"("email");

-- CreateIndex
CREATE INDEX "File_email_idx" ON "File"("email");

-- CreateIndex
CREATE INDEX "file_weight_1_ix" ON "File"("weight" DESC, "code");

-- CreateIndex
CREATE UNIQUE INDEX "file_pair_key" ON "File"("weight", "email");

-- CreateIndex
CREATE INDEX "Project_size_idx" ON "Project"("size" DESC);

-- CreateIndex
CREATE INDEX "project_size_1_ix" ON "Project"("size" DESC);

-- CreateIndex
CREATE INDEX "Product_code_idx" ON "Product"("code");

-- CreateIndex
CREATE INDEX "product_code_1_ix" ON "Product"("code");

-- CreateIndex
CREATE UNIQUE INDEX "shipments_slug_key" ON "shipments"("slug");

-- CreateIndex
CREATE INDEX "shipments_level_idx" ON "shipments"("level" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "shipment_pair_key" ON "shipments"("slug", "level");

-- CreateIndex
CREATE UNIQUE INDEX "Audit_publishedat_col_key" ON "Audit"("publishedat_col");
