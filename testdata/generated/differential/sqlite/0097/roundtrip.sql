-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_UserLink" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "position" BIGINT NOT NULL,
    "email" DATETIME NOT NULL,
    "amount" INTEGER,
    "balance" INTEGER DEFAULT 1,
    "position2" BOOLEAN NOT NULL,
    "raw" NUMERIC,
    "updatedAt" DATETIME NOT NULL,
    "projectId" INTEGER NOT NULL,
    "projectId2" INTEGER,
    CONSTRAINT "UserLink_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "UserLink_projectId2_fkey" FOREIGN KEY ("projectId2") REFERENCES "Project" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_UserLink" ("amount", "balance", "email", "id", "position", "position2", "projectId", "projectId2", "raw", "updatedAt") SELECT "amount", "balance", "email", "id", "position", "position2", "projectId", "projectId2", "raw", "updatedAt" FROM "UserLink";
DROP TABLE "UserLink";
ALTER TABLE "new_UserLink" RENAME TO "UserLink";
CREATE INDEX "UserLink_amount_idx" ON "UserLink"("amount");
CREATE INDEX "UserLink_projectId2_idx" ON "UserLink"("projectId2");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
