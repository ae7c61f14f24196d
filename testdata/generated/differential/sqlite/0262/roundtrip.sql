-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Folder" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "handle" TEXT NOT NULL,
    "note" INTEGER,
    "raw" Int4,
    "updatedAt" DATETIME NOT NULL,
    "folderId" INTEGER,
    CONSTRAINT "Folder_folderId_fkey" FOREIGN KEY ("folderId") REFERENCES "Folder" ("id") ON DELETE NO ACTION ON UPDATE CASCADE
);
INSERT INTO "new_Folder" ("folderId", "handle", "id", "note", "raw", "updatedAt") SELECT "folderId", "handle", "id", "note", "raw", "updatedAt" FROM "Folder";
DROP TABLE "Folder";
ALTER TABLE "new_Folder" RENAME TO "Folder";
CREATE UNIQUE INDEX "Folder_handle_key" ON "Folder"("handle");
CREATE UNIQUE INDEX "folder_note_uq" ON "Folder"("note");
CREATE INDEX "folder_note_0_ix" ON "Folder"("note", "folderId");
CREATE INDEX "Folder_note_handle_idx" ON "Folder"("note", "handle");
CREATE TABLE "new_Refund" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "label" REAL NOT NULL,
    "slug" BOOLEAN NOT NULL,
    "price" TEXT NOT NULL,
    "amount" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "title" BLOB
);
INSERT INTO "new_Refund" ("amount", "id", "label", "price", "slug", "title") SELECT "amount", "id", "label", "price", "slug", "title" FROM "Refund";
DROP TABLE "Refund";
ALTER TABLE "new_Refund" RENAME TO "Refund";
CREATE UNIQUE INDEX "Refund_amount_label_key" ON "Refund"("amount", "label");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
