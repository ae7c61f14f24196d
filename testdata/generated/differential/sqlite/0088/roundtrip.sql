-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_AuditLink" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "body_col" BOOLEAN NOT NULL,
    "email" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "email2" BOOLEAN NOT NULL,
    "raw" circle
);
INSERT INTO "new_AuditLink" ("body_col", "email", "email2", "id", "raw") SELECT "body_col", "email", "email2", "id", "raw" FROM "AuditLink";
DROP TABLE "AuditLink";
ALTER TABLE "new_AuditLink" RENAME TO "AuditLink";
CREATE INDEX "AuditLink_email_idx" ON "AuditLink"("email");
CREATE UNIQUE INDEX "auditlink_pair_key" ON "AuditLink"("email", "email2");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
