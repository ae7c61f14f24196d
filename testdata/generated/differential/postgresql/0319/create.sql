-- CreateTable
CREATE TABLE "Team" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "email" TEXT NOT NULL,
    "balance" TIMESTAMP(3)[],
    "amount" INTEGER[],
    "ratio" REAL,
    "createdAt" DOUBLE PRECISION NOT NULL,
    "flags" TEXT NOT NULL DEFAULT 'it''s',
    "label" TEXT NOT NULL DEFAULT 'a "quoted" word',
    "teamEmail" TEXT,
    "invoiceTenantId" TEXT,
    "invoiceNumber" INTEGER,
    "invoiceTenantId2" TEXT,
    "invoiceNumber2" INTEGER,

    CONSTRAINT "team_pk" PRIMARY KEY ("number","tenantId")
);

-- CreateTable
CREATE TABLE "Invoice" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "rank" BIT(2) DEFAULT '11',
    "productTenantId" TEXT NOT NULL,
    "productNumber" INTEGER NOT NULL,

    CONSTRAINT "invoice_pk" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Product" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "price" TIMESTAMP(3) NOT NULL,
    "position" DOUBLE PRECISION NOT NULL,
    "price2" TIMESTAMP(3),
    "expiresAt" REAL[] DEFAULT ARRAY[1.5]::REAL[],
    "flags" JSONB NOT NULL,

    CONSTRAINT "Product_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "FolderHistory" (
    "id" TEXT NOT NULL,
    "endsat_col" BIT NOT NULL,
    "count" DECIMAL NOT NULL DEFAULT 1.5,
    "email" OID,
    "expiresAt" TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP,
    "size" TEXT,
    "title" INTEGER,

    CONSTRAINT "FolderHistory_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Team_email_key" ON "Team"("email");

-- CreateIndex
CREATE INDEX "Team_invoiceNumber2_idx" ON "Team"("invoiceNumber2");

-- CreateIndex
CREATE UNIQUE INDEX "Team_invoiceTenantId_invoiceNumber_key" ON "Team"("invoiceTenantId", "invoiceNumber");

-- CreateIndex
CREATE INDEX "Invoice_productTenantId_productNumber_idx" ON "Invoice"("productTenantId", "productNumber");

-- CreateIndex
CREATE INDEX "Invoice_rank_idx" ON "Invoice"("rank");

-- CreateIndex
CREATE UNIQUE INDEX "Product_slug_key" ON "Product"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Product_price_key" ON "Product"("price");

-- CreateIndex
CREATE INDEX "product_position_0_ix" ON "Product"("position");

-- CreateIndex
CREATE INDEX "Product_tenantId_idx" ON "Product" USING SPGIST ("tenantId");

-- CreateIndex
CREATE INDEX "FolderHistory_size_endsat_col_idx" ON "FolderHistory"("size", "endsat_col");

-- AddForeignKey
ALTER TABLE "Team" ADD CONSTRAINT "Team_teamEmail_fkey" FOREIGN KEY ("teamEmail") REFERENCES "Team"("email") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Team" ADD CONSTRAINT "Team_invoiceTenantId_invoiceNumber_fkey" FOREIGN KEY ("invoiceTenantId", "invoiceNumber") REFERENCES "Invoice"("tenantId", "number") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Team" ADD CONSTRAINT "Team_invoiceTenantId2_invoiceNumber2_fkey" FOREIGN KEY ("invoiceTenantId2", "invoiceNumber2") REFERENCES "Invoice"("tenantId", "number") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice" ADD CONSTRAINT "invoice_producttenantid_fk" FOREIGN KEY ("productTenantId", "productNumber") REFERENCES "Product"("tenantId", "number") ON DELETE CASCADE ON UPDATE CASCADE;
