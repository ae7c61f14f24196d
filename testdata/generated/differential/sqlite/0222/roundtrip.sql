-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Order" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "meta" DATETIME,
    "rank_col" INTEGER DEFAULT 1,
    "kind" TEXT NOT NULL
);
INSERT INTO "new_Order" ("id", "kind", "meta", "rank_col") SELECT "id", "kind", "meta", "rank_col" FROM "Order";
DROP TABLE "Order";
ALTER TABLE "new_Order" RENAME TO "Order";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
