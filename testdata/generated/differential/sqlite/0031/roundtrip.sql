-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Message" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "isActive" JSONB,
    "rank" TEXT NOT NULL,
    "balance" TEXT NOT NULL,
    "email" JSONB NOT NULL,
    "raw" Int4,
    "messageId" INTEGER,
    CONSTRAINT "Message_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "Message" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Message" ("balance", "email", "id", "isActive", "messageId", "rank", "raw") SELECT "balance", "email", "id", "isActive", "messageId", "rank", "raw" FROM "Message";
DROP TABLE "Message";
ALTER TABLE "new_Message" RENAME TO "Message";
CREATE INDEX "Message_messageId_idx" ON "Message"("messageId");
CREATE INDEX "Message_balance_idx" ON "Message"("balance");
CREATE INDEX "message_messageid_1_ix" ON "Message"("messageId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
