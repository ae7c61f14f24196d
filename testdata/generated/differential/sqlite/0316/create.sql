-- CreateTable
CREATE TABLE "Invoice" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "handle" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "isActive" JSONB,
    "expiresAt" DECIMAL DEFAULT 0,
    "label2" DECIMAL NOT NULL DEFAULT 0,
    "data" INTEGER,
    "productKind" TEXT NOT NULL,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_handle_key" ON "Invoice"("handle");
