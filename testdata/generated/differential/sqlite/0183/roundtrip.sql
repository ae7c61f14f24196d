-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Role" (
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
INSERT INTO "new_Role" ("data_col", "flags", "label", "number", "roleNumber", "roleTenantId", "tenantId", "updatedAt", "weight") SELECT "data_col", "flags", "label", "number", "roleNumber", "roleTenantId", "tenantId", "updatedAt", "weight" FROM "Role";
DROP TABLE "Role";
ALTER TABLE "new_Role" RENAME TO "Role";
CREATE UNIQUE INDEX "Role_roleTenantId_roleNumber_key" ON "Role"("roleTenantId", "roleNumber");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
