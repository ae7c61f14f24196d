-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Plan" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "position" INTEGER DEFAULT 0,
    "publishedAt" BLOB,
    "ratio" INTEGER NOT NULL,
    "total" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "level" INTEGER,
    "meta" BOOLEAN,
    "priceId" INTEGER,
    CONSTRAINT "Plan_priceId_fkey" FOREIGN KEY ("priceId") REFERENCES "Price" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Plan" ("email", "id", "level", "meta", "position", "priceId", "publishedAt", "ratio", "total") SELECT "email", "id", "level", "meta", "position", "priceId", "publishedAt", "ratio", "total" FROM "Plan";
DROP TABLE "Plan";
ALTER TABLE "new_Plan" RENAME TO "Plan";
CREATE UNIQUE INDEX "Plan_email_key" ON "Plan"("email");
CREATE UNIQUE INDEX "Plan_level_key" ON "Plan"("level");
CREATE UNIQUE INDEX "Plan_priceId_key" ON "Plan"("priceId");
CREATE INDEX "Plan_ratio_priceId_idx" ON "Plan"("ratio", "priceId");
CREATE INDEX "plan_ratio_1_ix" ON "Plan"("ratio");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
