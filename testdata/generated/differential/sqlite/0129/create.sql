-- CreateTable
CREATE TABLE "Invoice" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "isActive" INTEGER NOT NULL,
    "version" DECIMAL,
    "expiresAt" BLOB NOT NULL,
    "invoiceTenantId" TEXT,
    "invoiceNumber" INTEGER,

    PRIMARY KEY ("tenantId", "number"),
    CONSTRAINT "Invoice_invoiceTenantId_invoiceNumber_fkey" FOREIGN KEY ("invoiceTenantId", "invoiceNumber") REFERENCES "Invoice" ("tenantId", "number") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Invoice_invoiceTenantId_idx" ON "Invoice"("invoiceTenantId");

-- CreateIndex
CREATE INDEX "Invoice_invoiceNumber_idx" ON "Invoice"("invoiceNumber" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_isActive_version_key" ON "Invoice"("isActive", "version");
