-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Task" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "slug" INTEGER NOT NULL,
    "slug2" REAL,
    "slug3" INTEGER NOT NULL DEFAULT 42,
    "rank" INTEGER NOT NULL DEFAULT 1,
    "raw" NUMERIC,
    "auditTenantId" TEXT NOT NULL,
    "auditNumber" INTEGER NOT NULL,
    CONSTRAINT "Task_auditTenantId_auditNumber_fkey" FOREIGN KEY ("auditTenantId", "auditNumber") REFERENCES "Audit" ("tenantId", "number") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Task" ("auditNumber", "auditTenantId", "email", "id", "rank", "raw", "slug", "slug2", "slug3") SELECT "auditNumber", "auditTenantId", "email", "id", "rank", "raw", "slug", "slug2", "slug3" FROM "Task";
DROP TABLE "Task";
ALTER TABLE "new_Task" RENAME TO "Task";
CREATE UNIQUE INDEX "Task_email_key" ON "Task"("email");
CREATE INDEX "Task_slug3_idx" ON "Task"("slug3");
CREATE INDEX "Task_slug2_auditNumber_idx" ON "Task"("slug2", "auditNumber");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
