-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Rating" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "position" DATETIME NOT NULL,
    "email" INTEGER,
    "raw" DATE
);
INSERT INTO "new_Rating" ("email", "id", "position", "raw", "slug") SELECT "email", "id", "position", "raw", "slug" FROM "Rating";
DROP TABLE "Rating";
ALTER TABLE "new_Rating" RENAME TO "Rating";
CREATE UNIQUE INDEX "Rating_slug_key" ON "Rating"("slug");
CREATE INDEX "Rating_position_idx" ON "Rating"("position");
CREATE INDEX "rating_slug_1_ix" ON "Rating"("slug");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
