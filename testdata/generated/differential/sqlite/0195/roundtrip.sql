-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Ticket" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "updatedAt" DECIMAL NOT NULL DEFAULT 0,
    "hash" BLOB NOT NULL,
    "raw" Int4
);
INSERT INTO "new_Ticket" ("hash", "id", "raw", "slug", "updatedAt") SELECT "hash", "id", "raw", "slug", "updatedAt" FROM "Ticket";
DROP TABLE "Ticket";
ALTER TABLE "new_Ticket" RENAME TO "Ticket";
CREATE UNIQUE INDEX "Ticket_slug_key" ON "Ticket"("slug");
CREATE INDEX "Ticket_slug_updatedAt_idx" ON "Ticket"("slug", "updatedAt");
CREATE INDEX "Ticket_slug_idx" ON "Ticket"("slug" DESC);
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
