-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Note" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "verified" TEXT DEFAULT 'it''s',
    "ratio" REAL DEFAULT 1.5,
    "price" INTEGER,
    "raw" VARCHAR(10)
);
INSERT INTO "new_Note" ("email", "id", "price", "ratio", "raw", "verified") SELECT "email", "id", "price", "ratio", "raw", "verified" FROM "Note";
DROP TABLE "Note";
ALTER TABLE "new_Note" RENAME TO "Note";
CREATE UNIQUE INDEX "Note_email_key" ON "Note"("email");
CREATE UNIQUE INDEX "note_verified_uq" ON "Note"("verified");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
