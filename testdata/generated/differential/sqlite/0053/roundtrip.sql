-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Audit" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "handle" TEXT NOT NULL,
    "endsAt" INTEGER NOT NULL DEFAULT 1,
    "data" JSONB,
    "expiresAt" DECIMAL NOT NULL,
    "version" INTEGER DEFAULT -7,
    "label" DATETIME NOT NULL DEFAULT '2024-01-02 03:04:05 +00:00',
    "note" DECIMAL NOT NULL DEFAULT 2.25,
    "tokenKind" TEXT NOT NULL DEFAULT 'PENDING',
    "raw" DATE
);
INSERT INTO "new_Audit" ("data", "endsAt", "expiresAt", "handle", "id", "label", "note", "raw", "tokenKind", "version") SELECT "data", "endsAt", "expiresAt", "handle", "id", "label", "note", "raw", "tokenKind", "version" FROM "Audit";
DROP TABLE "Audit";
ALTER TABLE "new_Audit" RENAME TO "Audit";
CREATE UNIQUE INDEX "Audit_handle_key" ON "Audit"("handle");
CREATE INDEX "Audit_note_idx" ON "Audit"("note");
CREATE INDEX "Audit_endsAt_idx" ON "Audit"("endsAt");
CREATE TABLE "new_Category" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "url" TEXT DEFAULT 'it''s',
    "flags" JSONB NOT NULL,
    "slug" DECIMAL NOT NULL,
    "meta" TEXT NOT NULL,
    "balance" DECIMAL NOT NULL,
    "raw" VARCHAR(10)
);
INSERT INTO "new_Category" ("balance", "email", "flags", "id", "meta", "raw", "slug", "url") SELECT "balance", "email", "flags", "id", "meta", "raw", "slug", "url" FROM "Category";
DROP TABLE "Category";
ALTER TABLE "new_Category" RENAME TO "Category";
CREATE UNIQUE INDEX "Category_email_key" ON "Category"("email");
CREATE UNIQUE INDEX "Category_meta_key" ON "Category"("meta");
CREATE INDEX "Category_balance_idx" ON "Category"("balance");
CREATE INDEX "Category_meta_idx" ON "Category"("meta");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
