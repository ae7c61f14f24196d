-- CreateTable
CREATE TABLE "posts" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "handle" TEXT NOT NULL,
    "data" BOOLEAN NOT NULL,
    "position" TEXT NOT NULL,
    "raw" VARCHAR(10),

    PRIMARY KEY ("number", "tenantId")
);

-- CreateTable
CREATE TABLE "Product" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "email" DATETIME NOT NULL,
    "body" BOOLEAN NOT NULL,
    "verified" TEXT,
    "payload" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "endsat_col" JSONB NOT NULL,
    "payload2" BLOB,
    "productTenantId" TEXT,
    "productNumber" INTEGER,

    PRIMARY KEY ("tenantId", "number"),
    CONSTRAINT "Product_productTenantId_productNumber_fkey" FOREIGN KEY ("productTenantId", "productNumber") REFERENCES "Product" ("tenantId", "number") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "posts_handle_key" ON "posts"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "posts_data_key" ON "posts"("data");

-- CreateIndex
CREATE UNIQUE INDEX "Product_slug_key" ON "Product"("slug");

-- CreateIndex
CREATE INDEX "Product_email_idx" ON "Product"("email");
