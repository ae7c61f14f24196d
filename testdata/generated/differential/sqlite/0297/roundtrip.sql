-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Project" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "total" JSONB NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 1,
    "userId" INTEGER,
    "projectId" TEXT,
    CONSTRAINT "Project_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Project_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE CASCADE ON UPDATE RESTRICT
);
INSERT INTO "new_Project" ("count", "id", "projectId", "total", "userId") SELECT "count", "id", "projectId", "total", "userId" FROM "Project";
DROP TABLE "Project";
ALTER TABLE "new_Project" RENAME TO "Project";
CREATE UNIQUE INDEX "Project_userId_key" ON "Project"("userId");
CREATE INDEX "Project_count_idx" ON "Project"("count");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
