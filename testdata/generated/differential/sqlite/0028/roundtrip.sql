-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Account" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "status" INTEGER,
    "updatedAt" REAL NOT NULL,
    "version" DECIMAL NOT NULL DEFAULT 1.5,
    "data" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedAt" INTEGER NOT NULL,
    "title" BOOLEAN NOT NULL DEFAULT true,
    "taskWithAVeryLongNameThatGoesOnAndOnForTruncationKind" TEXT,
    "raw" DATE,

    PRIMARY KEY ("tenantId", "number")
);
INSERT INTO "new_Account" ("data", "number", "publishedAt", "raw", "status", "taskWithAVeryLongNameThatGoesOnAndOnForTruncationKind", "tenantId", "title", "updatedAt", "version") SELECT "data", "number", "publishedAt", "raw", "status", "taskWithAVeryLongNameThatGoesOnAndOnForTruncationKind", "tenantId", "title", "updatedAt", "version" FROM "Account";
DROP TABLE "Account";
ALTER TABLE "new_Account" RENAME TO "Account";
CREATE INDEX "Account_version_idx" ON "Account"("version" DESC);
CREATE INDEX "Account_updatedAt_idx" ON "Account"("updatedAt" DESC);
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
