-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Role" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "amount" TEXT,
    "total" DECIMAL NOT NULL DEFAULT 1.5,
    "payload" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "rank" JSONB,
    "email2" REAL NOT NULL,
    "note" INTEGER NOT NULL,
    "raw" VARCHAR(10)
);
INSERT INTO "new_Role" ("amount", "email", "email2", "id", "note", "payload", "rank", "raw", "total") SELECT "amount", "email", "email2", "id", "note", "payload", "rank", "raw", "total" FROM "Role";
DROP TABLE "Role";
ALTER TABLE "new_Role" RENAME TO "Role";
CREATE UNIQUE INDEX "Role_email_key" ON "Role"("email");
CREATE UNIQUE INDEX "Role_total_key" ON "Role"("total");
CREATE INDEX "role_email_0_ix" ON "Role"("email");
CREATE INDEX "Role_payload_email_idx" ON "Role"("payload", "email");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
