-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Rating" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "updatedAt" INTEGER DEFAULT 1,
    "flags" DECIMAL NOT NULL,
    "flags2_col" DECIMAL DEFAULT 0,
    "size" DECIMAL NOT NULL,
    "code_col" DECIMAL NOT NULL,
    "position" JSONB NOT NULL
);
INSERT INTO "new_Rating" ("code_col", "flags", "flags2_col", "id", "position", "size", "updatedAt") SELECT "code_col", "flags", "flags2_col", "id", "position", "size", "updatedAt" FROM "Rating";
DROP TABLE "Rating";
ALTER TABLE "new_Rating" RENAME TO "Rating";
CREATE INDEX "Rating_code_col_idx" ON "Rating"("code_col");
CREATE INDEX "Rating_size_idx" ON "Rating"("size");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
