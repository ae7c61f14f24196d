-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_items" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "isActive" JSONB NOT NULL,
    "label" DATETIME,
    "note_col" DECIMAL NOT NULL,
    "balance" BLOB,
    "slug" BOOLEAN NOT NULL DEFAULT false,
    "raw" VARCHAR(10),
    "messageId" INTEGER NOT NULL,
    CONSTRAINT "items_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "Message" ("id") ON DELETE SET DEFAULT ON UPDATE CASCADE
);
INSERT INTO "new_items" ("balance", "id", "isActive", "label", "messageId", "note_col", "raw", "slug") SELECT "balance", "id", "isActive", "label", "messageId", "note_col", "raw", "slug" FROM "items";
DROP TABLE "items";
ALTER TABLE "new_items" RENAME TO "items";
CREATE INDEX "items_messageId_idx" ON "items"("messageId");
CREATE INDEX "items_label_idx" ON "items"("label" DESC);
CREATE INDEX "item_label_1_ix" ON "items"("label");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
