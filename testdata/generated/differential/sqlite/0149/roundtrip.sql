-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Message" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "flags" BLOB,
    "weight" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "note" INTEGER NOT NULL DEFAULT 1,
    "amount" JSONB NOT NULL,
    "raw" circle,

    PRIMARY KEY ("tenantId", "number")
);
INSERT INTO "new_Message" ("amount", "flags", "note", "number", "raw", "tenantId", "weight") SELECT "amount", "flags", "note", "number", "raw", "tenantId", "weight" FROM "Message";
DROP TABLE "Message";
ALTER TABLE "new_Message" RENAME TO "Message";
CREATE INDEX "Message_note_idx" ON "Message"("note");
CREATE INDEX "message_note_1_ix" ON "Message"("note");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
