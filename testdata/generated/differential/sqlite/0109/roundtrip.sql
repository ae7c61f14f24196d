-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Invoice" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "url" BIGINT NOT NULL DEFAULT 0,
    "flags" DECIMAL NOT NULL DEFAULT 2.25,
    "expiresAt" BIGINT,
    "raw" Int4
);
INSERT INTO "new_Invoice" ("expiresAt", "flags", "id", "raw", "url") SELECT "expiresAt", "flags", "id", "raw", "url" FROM "Invoice";
DROP TABLE "Invoice";
ALTER TABLE "new_Invoice" RENAME TO "Invoice";
CREATE INDEX "Invoice_flags_idx" ON "Invoice"("flags");
CREATE TABLE "new_Note" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "startsAt" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "startsAt2" INTEGER DEFAULT 1,
    "level" BLOB NOT NULL,
    "title" REAL DEFAULT -2.25,
    "url" JSONB NOT NULL,
    "color" DATETIME NOT NULL,
    "invoiceId" TEXT NOT NULL,
    CONSTRAINT "Note_invoiceId_fkey" FOREIGN KEY ("invoiceId") REFERENCES "Invoice" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION
);
INSERT INTO "new_Note" ("color", "id", "invoiceId", "level", "startsAt", "startsAt2", "title", "url") SELECT "color", "id", "invoiceId", "level", "startsAt", "startsAt2", "title", "url" FROM "Note";
DROP TABLE "Note";
ALTER TABLE "new_Note" RENAME TO "Note";
CREATE INDEX "Note_invoiceId_idx" ON "Note"("invoiceId");
CREATE INDEX "note_invoiceid_0_ix" ON "Note"("invoiceId" DESC);
CREATE INDEX "note_color_1_ix" ON "Note"("color");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
