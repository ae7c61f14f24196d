-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Shipment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "ratio" BOOLEAN NOT NULL,
    "avatar" REAL DEFAULT 1.5,
    "score" INTEGER DEFAULT 1,
    "level" INTEGER NOT NULL DEFAULT 0,
    "email" INTEGER NOT NULL,
    "note" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Shipment" ("avatar", "email", "id", "level", "note", "ratio", "score", "updatedAt") SELECT "avatar", "email", "id", "level", "note", "ratio", "score", "updatedAt" FROM "Shipment";
DROP TABLE "Shipment";
ALTER TABLE "new_Shipment" RENAME TO "Shipment";
CREATE INDEX "Shipment_email_idx" ON "Shipment"("email");
CREATE INDEX "Shipment_ratio_idx" ON "Shipment"("ratio");
CREATE TABLE "new_Task" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "note" DECIMAL NOT NULL,
    "amount" BIGINT DEFAULT 1234567890123,
    "ratio" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "hash" TEXT NOT NULL,
    "count" DECIMAL DEFAULT 0,
    "verified" TEXT NOT NULL
);
INSERT INTO "new_Task" ("amount", "count", "hash", "id", "note", "ratio", "verified") SELECT "amount", "count", "hash", "id", "note", "ratio", "verified" FROM "Task";
DROP TABLE "Task";
ALTER TABLE "new_Task" RENAME TO "Task";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
