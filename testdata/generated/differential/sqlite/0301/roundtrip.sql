-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Role" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "status" BOOLEAN,
    "publishedAt" BLOB,
    "rank_col" INTEGER NOT NULL,
    "status2" BIGINT NOT NULL DEFAULT 1234567890123,
    "rank2" TEXT NOT NULL,
    "startsAt" BOOLEAN NOT NULL,
    "ratingKind" TEXT,
    "raw" NUMERIC
);
INSERT INTO "new_Role" ("id", "publishedAt", "rank2", "rank_col", "ratingKind", "raw", "startsAt", "status", "status2") SELECT "id", "publishedAt", "rank2", "rank_col", "ratingKind", "raw", "startsAt", "status", "status2" FROM "Role";
DROP TABLE "Role";
ALTER TABLE "new_Role" RENAME TO "Role";
CREATE INDEX "Role_startsAt_idx" ON "Role"("startsAt");
CREATE INDEX "Role_ratingKind_idx" ON "Role"("ratingKind" DESC);
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
