-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Note" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "body" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "body2" REAL,
    "size" JSONB NOT NULL,
    "count" INTEGER NOT NULL,
    "count2" DECIMAL NOT NULL DEFAULT 2.25,
    "verified" DATETIME
);
INSERT INTO "new_Note" ("body", "body2", "count", "count2", "id", "size", "verified") SELECT "body", "body2", "count", "count2", "id", "size", "verified" FROM "Note";
DROP TABLE "Note";
ALTER TABLE "new_Note" RENAME TO "Note";
CREATE UNIQUE INDEX "Note_count_key" ON "Note"("count");
CREATE INDEX "Note_count2_idx" ON "Note"("count2" DESC);
CREATE UNIQUE INDEX "Note_body_count_key" ON "Note"("body", "count");
CREATE TABLE "new_Payment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "body" JSONB NOT NULL,
    "level" REAL NOT NULL,
    "ratio" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "position" JSONB NOT NULL,
    "kind" INTEGER NOT NULL,
    "folderEmail" TEXT NOT NULL,
    "paymentId" TEXT,
    CONSTRAINT "Payment_folderEmail_fkey" FOREIGN KEY ("folderEmail") REFERENCES "Folder" ("email") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Payment_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "Payment" ("id") ON DELETE SET DEFAULT ON UPDATE CASCADE
);
INSERT INTO "new_Payment" ("body", "folderEmail", "id", "kind", "level", "paymentId", "position", "ratio") SELECT "body", "folderEmail", "id", "kind", "level", "paymentId", "position", "ratio" FROM "Payment";
DROP TABLE "Payment";
ALTER TABLE "new_Payment" RENAME TO "Payment";
CREATE INDEX "Payment_folderEmail_level_idx" ON "Payment"("folderEmail", "level");
CREATE INDEX "Payment_paymentId_idx" ON "Payment"("paymentId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
