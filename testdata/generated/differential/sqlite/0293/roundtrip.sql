-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_reviews" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "status" REAL NOT NULL,
    "raw" NUMERIC
);
INSERT INTO "new_reviews" ("id", "raw", "status") SELECT "id", "raw", "status" FROM "reviews";
DROP TABLE "reviews";
ALTER TABLE "new_reviews" RENAME TO "reviews";
CREATE INDEX "review_status_0_ix" ON "reviews"("status" DESC);
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
