-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Log" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "position" REAL NOT NULL,
    "startsat_col" TEXT,
    "publishedAt" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "payload" DECIMAL NOT NULL DEFAULT 0,
    "size" BOOLEAN NOT NULL DEFAULT true
);
INSERT INTO "new_Log" ("email", "id", "payload", "position", "publishedAt", "size", "startsat_col") SELECT "email", "id", "payload", "position", "publishedAt", "size", "startsat_col" FROM "Log";
DROP TABLE "Log";
ALTER TABLE "new_Log" RENAME TO "Log";
CREATE UNIQUE INDEX "Log_email_key" ON "Log"("email");
CREATE INDEX "Log_payload_idx" ON "Log"("payload");
CREATE INDEX "Log_position_idx" ON "Log"("position");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
