-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_FileEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "startsAt" DECIMAL,
    "weight" INTEGER,
    "raw" VARCHAR(10)
);
INSERT INTO "new_FileEntry" ("email", "id", "raw", "startsAt", "version", "weight") SELECT "email", "id", "raw", "startsAt", "version", "weight" FROM "FileEntry";
DROP TABLE "FileEntry";
ALTER TABLE "new_FileEntry" RENAME TO "FileEntry";
CREATE UNIQUE INDEX "FileEntry_email_key" ON "FileEntry"("email");
CREATE INDEX "FileEntry_email_idx" ON "FileEntry"("email");
CREATE INDEX "FileEntry_weight_startsAt_idx" ON "FileEntry"("weight", "startsAt");
CREATE UNIQUE INDEX "fileentry_pair_key" ON "FileEntry"("weight", "email");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
