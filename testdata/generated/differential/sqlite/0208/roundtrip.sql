-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_SessionEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startsAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "postKind" TEXT DEFAULT 'PENDING'
);
INSERT INTO "new_SessionEntry" ("email", "id", "postKind", "startsAt") SELECT "email", "id", "postKind", "startsAt" FROM "SessionEntry";
DROP TABLE "SessionEntry";
ALTER TABLE "new_SessionEntry" RENAME TO "SessionEntry";
CREATE INDEX "SessionEntry_email_startsAt_idx" ON "SessionEntry"("email", "startsAt");
CREATE INDEX "SessionEntry_email_idx" ON "SessionEntry"("email");
CREATE UNIQUE INDEX "SessionEntry_postKind_email_key" ON "SessionEntry"("postKind", "email");
CREATE TABLE "new_Token" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "data" TEXT NOT NULL,
    "status_col" DATETIME,
    "verified" INTEGER NOT NULL,
    "postKind" TEXT DEFAULT 'ARCHIVED',
    "raw" Int4,
    "projectId" TEXT,
    CONSTRAINT "Token_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "ProjectWithAVeryLongNameThatGoesOnAndOnForTruncation" ("id") ON DELETE SET NULL ON UPDATE RESTRICT
);
INSERT INTO "new_Token" ("data", "id", "postKind", "projectId", "raw", "status_col", "verified") SELECT "data", "id", "postKind", "projectId", "raw", "status_col", "verified" FROM "Token";
DROP TABLE "Token";
ALTER TABLE "new_Token" RENAME TO "Token";
CREATE UNIQUE INDEX "Token_verified_key" ON "Token"("verified");
CREATE UNIQUE INDEX "Token_projectId_key" ON "Token"("projectId");
CREATE INDEX "Token_postKind_idx" ON "Token"("postKind");
CREATE INDEX "token_data_1_ix" ON "Token"("data" DESC);
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
