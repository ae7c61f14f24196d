-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Cart" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "handle" TEXT NOT NULL,
    "createdAt" TEXT DEFAULT 'it''s',
    "meta" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "title" JSONB NOT NULL,
    "avatar" INTEGER NOT NULL,
    "verified" DECIMAL NOT NULL
);
INSERT INTO "new_Cart" ("avatar", "createdAt", "handle", "id", "meta", "title", "verified") SELECT "avatar", "createdAt", "handle", "id", "meta", "title", "verified" FROM "Cart";
DROP TABLE "Cart";
ALTER TABLE "new_Cart" RENAME TO "Cart";
CREATE UNIQUE INDEX "Cart_handle_key" ON "Cart"("handle");
CREATE UNIQUE INDEX "Cart_avatar_key" ON "Cart"("avatar");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
