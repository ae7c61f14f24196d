-- CreateTable
CREATE TABLE "Audit" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "payload" BYTEA,
    "position" BOOLEAN NOT NULL,
    "verified" DECIMAL(65,30) NOT NULL,
    "createdAt" TIMESTAMP(3),
    "version" TIMESTAMP,
    "level_col" TEXT DEFAULT '',
    "auditNumber" INTEGER,
    "auditTenantId" TEXT,

    CONSTRAINT "Audit_pkey" PRIMARY KEY ("number","tenantId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Audit_slug_key" ON "Audit"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Audit_auditNumber_auditTenantId_key" ON "Audit"("auditNumber", "auditTenantId");

-- AddForeignKey
ALTER TABLE "Audit" ADD CONSTRAINT "Audit_auditNumber_auditTenantId_fkey" FOREIGN KEY ("auditNumber", "auditTenantId") REFERENCES "Audit"("number", "tenantId") ON DELETE RESTRICT ON UPDATE CASCADE;
