-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Comment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "amount" TEXT,
    "name_col" REAL NOT NULL,
    "name2" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "position" INTEGER NOT NULL DEFAULT 1,
    "plan2TenantId" TEXT,
    "plan2Number" INTEGER,
    "plan2TenantId2" TEXT NOT NULL,
    "plan2Number2" INTEGER NOT NULL,
    CONSTRAINT "Comment_plan2TenantId_plan2Number_fkey" FOREIGN KEY ("plan2TenantId", "plan2Number") REFERENCES "Plan2" ("tenantId", "number") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Comment_plan2TenantId2_plan2Number2_fkey" FOREIGN KEY ("plan2TenantId2", "plan2Number2") REFERENCES "Plan2" ("tenantId", "number") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Comment" ("amount", "id", "name2", "name_col", "plan2Number", "plan2Number2", "plan2TenantId", "plan2TenantId2", "position") SELECT "amount", "id", "name2", "name_col", "plan2Number", "plan2Number2", "plan2TenantId", "plan2TenantId2", "position" FROM "Comment";
DROP TABLE "Comment";
ALTER TABLE "new_Comment" RENAME TO "Comment";
CREATE INDEX "Comment_plan2TenantId_plan2Number_idx" ON "Comment"("plan2TenantId", "plan2Number");
CREATE INDEX "comment_amount_0_ix" ON "Comment"("amount");
CREATE UNIQUE INDEX "Comment_plan2TenantId2_plan2Number2_key" ON "Comment"("plan2TenantId2", "plan2Number2");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
