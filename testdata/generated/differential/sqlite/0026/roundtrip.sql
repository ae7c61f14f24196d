-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Ticket" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "note" REAL,
    "level" BLOB NOT NULL,
    "weight" BLOB NOT NULL,
    "rank" REAL,
    "raw" VARCHAR(10)
);
INSERT INTO "new_Ticket" ("email", "id", "level", "note", "rank", "raw", "weight") SELECT "email", "id", "level", "note", "rank", "raw", "weight" FROM "Ticket";
DROP TABLE "Ticket";
ALTER TABLE "new_Ticket" RENAME TO "Ticket";
CREATE UNIQUE INDEX "Ticket_email_key" ON "Ticket"("email");
CREATE INDEX "Ticket_email_idx" ON "Ticket"("email" DESC);
CREATE INDEX "Ticket_note_email_idx" ON "Ticket"("note", "email");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
