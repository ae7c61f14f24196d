-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Profile" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "ratio_col" INTEGER DEFAULT 1,
    "amount" DATETIME DEFAULT '2024-01-02 03:04:05 +00:00',
    "balance" REAL NOT NULL DEFAULT 0,
    "note" DATETIME,
    "level" TEXT NOT NULL DEFAULT 'x'
);
INSERT INTO "new_Profile" ("amount", "balance", "id", "level", "note", "ratio_col") SELECT "amount", "balance", "id", "level", "note", "ratio_col" FROM "Profile";
DROP TABLE "Profile";
ALTER TABLE "new_Profile" RENAME TO "Profile";
CREATE UNIQUE INDEX "Profile_balance_key" ON "Profile"("balance");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
