-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Task" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "payload" INTEGER,
    "name" JSONB,
    "verified" BOOLEAN NOT NULL DEFAULT true,
    "raw" Int4,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Task" ("id", "name", "payload", "raw", "updatedAt", "verified") SELECT "id", "name", "payload", "raw", "updatedAt", "verified" FROM "Task";
DROP TABLE "Task";
ALTER TABLE "new_Task" RENAME TO "Task";
CREATE INDEX "Task_verified_idx" ON "Task"("verified");
CREATE UNIQUE INDEX "Task_verified_payload_key" ON "Task"("verified", "payload");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
