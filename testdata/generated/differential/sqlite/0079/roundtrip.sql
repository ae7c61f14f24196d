-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Log" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "ratio" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("tenantId", "number")
);
INSERT INTO "new_Log" ("number", "ratio", "tenantId", "updatedAt") SELECT "number", "ratio", "tenantId", "updatedAt" FROM "Log";
DROP TABLE "Log";
ALTER TABLE "new_Log" RENAME TO "Log";
CREATE INDEX "log_ratio_0_ix" ON "Log"("ratio");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
