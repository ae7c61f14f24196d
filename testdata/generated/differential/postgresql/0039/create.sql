-- CreateTable
CREATE TABLE "Shipment" (
    "id" SERIAL NOT NULL,
    "url_col" JSONB,
    "slug" BYTEA[],
    "raw" tsvector,
    "itemNumber" INTEGER,
    "itemtenantid_ref" TEXT,

    CONSTRAINT "Shipment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Audit" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "avatar" BYTEA,
    "hash" JSONB,
    "weight" TEXT NOT NULL,
    "version" DOUBLE PRECISION NOT NULL DEFAULT 0,

    CONSTRAINT "Audit_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Invoice" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TIMESTAMP(3) NOT NULL,
    "level" BOOLEAN[],
    "kind" INTEGER NOT NULL,
    "verified" BOOLEAN DEFAULT false,
    "auditTenantId" TEXT,
    "auditNumber" INTEGER,
    "invoicetenantid_ref" TEXT,
    "invoiceNumber" INTEGER,

    CONSTRAINT "invoice_pk" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Item" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "email" TEXT NOT NULL,
    "publishedAt" BOOLEAN NOT NULL DEFAULT true,
    "balance" TEXT NOT NULL,
    "itemNumber" INTEGER,
    "itemTenantId" TEXT,
    "invoiceTenantId" TEXT NOT NULL,
    "invoiceNumber" INTEGER NOT NULL,

    CONSTRAINT "Item_pkey" PRIMARY KEY ("number","tenantId")
);

-- CreateIndex
CREATE INDEX "Shipment_itemNumber_itemtenantid_ref_idx" ON "Shipment"("itemNumber", "itemtenantid_ref");

-- CreateIndex
CREATE INDEX "Invoice_invoicetenantid_ref_invoiceNumber_idx" ON "Invoice"("invoicetenantid_ref", "invoiceNumber");

-- CreateIndex
CREATE INDEX "Invoice_kind_verified_idx" ON "Invoice"("kind", "verified");

-- CreateIndex
CREATE INDEX "Invoice_auditNumber_idx" ON "Invoice"("auditNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Item_email_key" ON "Item"("email");

-- CreateIndex
CREATE INDEX "Item_invoiceTenantId_invoiceNumber_idx" ON "Item"("invoiceTenantId", "invoiceNumber");

-- CreateIndex
CREATE INDEX "Item_itemTenantId_idx" ON "Item" USING HASH ("itemTenantId");

-- CreateIndex
CREATE UNIQUE INDEX "Item_itemNumber_itemTenantId_key" ON "Item"("itemNumber", "itemTenantId");

-- AddForeignKey
ALTER TABLE "Shipment" ADD CONSTRAINT "Shipment_itemNumber_itemtenantid_ref_fkey" FOREIGN KEY ("itemNumber", "itemtenantid_ref") REFERENCES "Item"("number", "tenantId") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice" ADD CONSTRAINT "invoice_audittenantid_fk" FOREIGN KEY ("auditTenantId", "auditNumber") REFERENCES "Audit"("tenantId", "number") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_invoicetenantid_ref_invoiceNumber_fkey" FOREIGN KEY ("invoicetenantid_ref", "invoiceNumber") REFERENCES "Invoice"("tenantId", "number") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Item" ADD CONSTRAINT "Item_itemNumber_itemTenantId_fkey" FOREIGN KEY ("itemNumber", "itemTenantId") REFERENCES "Item"("number", "tenantId") ON DELETE SET DEFAULT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Item" ADD CONSTRAINT "item_invoicetenantid_fk" FOREIGN KEY ("invoiceTenantId", "invoiceNumber") REFERENCES "Invoice"("tenantId", "number") ON DELETE RESTRICT ON UPDATE CASCADE;
