-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Account" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "data" TEXT NOT NULL,
    "url" TEXT DEFAULT 'x',
    "flags" BOOLEAN,
    "avatar_col" INTEGER,
    "score" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "level" BIGINT NOT NULL,
    "raw" VARCHAR(10),
    "itemId" TEXT NOT NULL,
    CONSTRAINT "Account_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Account" ("avatar_col", "data", "flags", "id", "itemId", "level", "raw", "score", "url") SELECT "avatar_col", "data", "flags", "id", "itemId", "level", "raw", "score", "url" FROM "Account";
DROP TABLE "Account";
ALTER TABLE "new_Account" RENAME TO "Account";
CREATE INDEX "Account_data_idx" ON "Account"("data" DESC);
CREATE TABLE "new_Category" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "price" INTEGER DEFAULT 1,
    "slug" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "score" BLOB NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    "itemId" TEXT NOT NULL,
    CONSTRAINT "Category_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Category" ("id", "itemId", "price", "score", "slug", "updatedAt") SELECT "id", "itemId", "price", "score", "slug", "updatedAt" FROM "Category";
DROP TABLE "Category";
ALTER TABLE "new_Category" RENAME TO "Category";
CREATE UNIQUE INDEX "Category_itemId_key" ON "Category"("itemId");
CREATE INDEX "category_price_0_ix" ON "Category"("price" DESC, "slug");
CREATE INDEX "Category_slug_idx" ON "Category"("slug");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
