-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_File_v2" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "expiresAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "status" BIGINT DEFAULT 0,
    "file_v2Id" INTEGER,
    CONSTRAINT "File_v2_file_v2Id_fkey" FOREIGN KEY ("file_v2Id") REFERENCES "File_v2" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_File_v2" ("expiresAt", "file_v2Id", "id", "status") SELECT "expiresAt", "file_v2Id", "id", "status" FROM "File_v2";
DROP TABLE "File_v2";
ALTER TABLE "new_File_v2" RENAME TO "File_v2";
CREATE UNIQUE INDEX "File_v2_file_v2Id_key" ON "File_v2"("file_v2Id");
CREATE INDEX "File_v2_file_v2Id_idx" ON "File_v2"("file_v2Id");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
