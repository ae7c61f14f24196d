-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_AuditItem" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "avatar" REAL,
    "verified" JSONB NOT NULL,
    "isActive" BLOB,
    "ratio" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "note" INTEGER NOT NULL,
    "count_col" TEXT DEFAULT 'hello',

    PRIMARY KEY ("tenantId", "number")
);
INSERT INTO "new_AuditItem" ("avatar", "count_col", "isActive", "note", "number", "ratio", "tenantId", "verified") SELECT "avatar", "count_col", "isActive", "note", "number", "ratio", "tenantId", "verified" FROM "AuditItem";
DROP TABLE "AuditItem";
ALTER TABLE "new_AuditItem" RENAME TO "AuditItem";
CREATE UNIQUE INDEX "AuditItem_ratio_key" ON "AuditItem"("ratio");
CREATE INDEX "audititem_count_0_ix" ON "AuditItem"("count_col");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
