-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Store" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "handle" TEXT NOT NULL,
    "amount" BOOLEAN NOT NULL DEFAULT true,
    "note" INTEGER DEFAULT 1,
    "endsAt" INTEGER NOT NULL DEFAULT -7,
    "flags" TEXT NOT NULL,
    "level" INTEGER NOT NULL DEFAULT -7,
    "avatar" TEXT NOT NULL,
    "raw" VARCHAR(10)
);
INSERT INTO "new_Store" ("amount", "avatar", "endsAt", "flags", "handle", "id", "level", "note", "raw") SELECT "amount", "avatar", "endsAt", "flags", "handle", "id", "level", "note", "raw" FROM "Store";
DROP TABLE "Store";
ALTER TABLE "new_Store" RENAME TO "Store";
CREATE UNIQUE INDEX "Store_handle_key" ON "Store"("handle");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
