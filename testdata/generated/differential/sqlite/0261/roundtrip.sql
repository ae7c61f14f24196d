-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Session" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "updatedAt" INTEGER,
    "count" JSONB NOT NULL,
    "publishedAt" INTEGER NOT NULL DEFAULT 42,
    "raw" DATE,

    PRIMARY KEY ("tenantId", "number")
);
INSERT INTO "new_Session" ("count", "number", "publishedAt", "raw", "tenantId", "updatedAt") SELECT "count", "number", "publishedAt", "raw", "tenantId", "updatedAt" FROM "Session";
DROP TABLE "Session";
ALTER TABLE "new_Session" RENAME TO "Session";
CREATE UNIQUE INDEX "Session_publishedAt_key" ON "Session"("publishedAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
