-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_tickets" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "status" INTEGER NOT NULL DEFAULT 0,
    "balance" DECIMAL DEFAULT 1.5,
    "count" BIGINT,
    "level" INTEGER,
    "data" REAL NOT NULL DEFAULT 0,
    "size" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "raw" DATE
);
INSERT INTO "new_tickets" ("balance", "count", "data", "email", "id", "level", "raw", "size", "status") SELECT "balance", "count", "data", "email", "id", "level", "raw", "size", "status" FROM "tickets";
DROP TABLE "tickets";
ALTER TABLE "new_tickets" RENAME TO "tickets";
CREATE UNIQUE INDEX "tickets_email_key" ON "tickets"("email");
CREATE UNIQUE INDEX "tickets_size_level_key" ON "tickets"("size", "level");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
