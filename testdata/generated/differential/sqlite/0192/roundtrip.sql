-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Ticket" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "ratio" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "publishedAt" DATETIME DEFAULT '2024-01-02 03:04:05 +00:00',
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Ticket" ("id", "publishedAt", "ratio", "updatedAt") SELECT "id", "publishedAt", "ratio", "updatedAt" FROM "Ticket";
DROP TABLE "Ticket";
ALTER TABLE "new_Ticket" RENAME TO "Ticket";
CREATE UNIQUE INDEX "ticket_publishedat_uq" ON "Ticket"("publishedAt");
CREATE INDEX "Ticket_ratio_idx" ON "Ticket"("ratio");
CREATE INDEX "Ticket_publishedAt_idx" ON "Ticket"("publishedAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
