-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Ticket" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "expiresAt" BLOB NOT NULL,
    "email" DECIMAL,
    "raw" NUMERIC
);
INSERT INTO "new_Ticket" ("email", "expiresAt", "id", "raw") SELECT "email", "expiresAt", "id", "raw" FROM "Ticket";
DROP TABLE "Ticket";
ALTER TABLE "new_Ticket" RENAME TO "Ticket";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
