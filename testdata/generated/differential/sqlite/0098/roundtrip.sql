-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Rating" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "handle" TEXT NOT NULL,
    "version" BIGINT DEFAULT 0,
    "expiresAt" INTEGER NOT NULL DEFAULT 1,
    "endsAt" BLOB,
    "expiresAt2" TEXT NOT NULL,
    "categoryId" TEXT NOT NULL,
    CONSTRAINT "Rating_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "CategoryWithAVeryLongNameThatGoesOnAndOnForTruncation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Rating" ("categoryId", "endsAt", "expiresAt", "expiresAt2", "handle", "id", "version") SELECT "categoryId", "endsAt", "expiresAt", "expiresAt2", "handle", "id", "version" FROM "Rating";
DROP TABLE "Rating";
ALTER TABLE "new_Rating" RENAME TO "Rating";
CREATE UNIQUE INDEX "Rating_handle_key" ON "Rating"("handle");
CREATE INDEX "Rating_version_idx" ON "Rating"("version");
CREATE INDEX "Rating_expiresAt_idx" ON "Rating"("expiresAt");
CREATE TABLE "new_profiles" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "position" INTEGER NOT NULL,
    "ratio" TEXT NOT NULL,
    "label" REAL NOT NULL,
    "code" BOOLEAN DEFAULT false,
    "level" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "ratingHandle" TEXT,
    "categoryId" TEXT NOT NULL,
    "ratingid_ref" INTEGER NOT NULL,
    CONSTRAINT "profiles_ratingHandle_fkey" FOREIGN KEY ("ratingHandle") REFERENCES "Rating" ("handle") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "profiles_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "CategoryWithAVeryLongNameThatGoesOnAndOnForTruncation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "profiles_ratingid_ref_fkey" FOREIGN KEY ("ratingid_ref") REFERENCES "Rating" ("id") ON DELETE RESTRICT ON UPDATE SET DEFAULT
);
INSERT INTO "new_profiles" ("categoryId", "code", "id", "label", "level", "position", "ratingHandle", "ratingid_ref", "ratio") SELECT "categoryId", "code", "id", "label", "level", "position", "ratingHandle", "ratingid_ref", "ratio" FROM "profiles";
DROP TABLE "profiles";
ALTER TABLE "new_profiles" RENAME TO "profiles";
CREATE INDEX "profiles_ratingHandle_idx" ON "profiles"("ratingHandle");
CREATE INDEX "profiles_categoryId_idx" ON "profiles"("categoryId");
CREATE INDEX "profile_ratinghandle_0_ix" ON "profiles"("ratingHandle");
CREATE INDEX "profiles_ratingHandle_position_idx" ON "profiles"("ratingHandle" DESC, "position");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
