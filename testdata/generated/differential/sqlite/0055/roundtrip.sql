-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Message" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "handle" TEXT NOT NULL,
    "weight" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "regionKind" TEXT
);
INSERT INTO "new_Message" ("handle", "id", "regionKind", "weight") SELECT "handle", "id", "regionKind", "weight" FROM "Message";
DROP TABLE "Message";
ALTER TABLE "new_Message" RENAME TO "Message";
CREATE UNIQUE INDEX "Message_handle_key" ON "Message"("handle");
CREATE INDEX "Message_handle_idx" ON "Message"("handle");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
