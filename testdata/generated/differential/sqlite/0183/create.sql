-- CreateTable
CREATE TABLE "Role" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "data_col" REAL NOT NULL,
    "label" REAL NOT NULL,
    "flags" BIGINT NOT NULL,
    "weight" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "roleTenantId" TEXT,
    "roleNumber" INTEGER,

    PRIMARY KEY ("tenantId", "number"),
    CONSTRAINT "Role_roleTenantId_roleNumber_fkey" FOREIGN KEY ("roleTenantId", "roleNumber") REFERENCES "Role" ("tenantId", "number") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Role_roleTenantId_roleNumber_key" ON "Role"("roleTenantId", "roleNumber");
