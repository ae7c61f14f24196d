-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ShareRecipient" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "shareId" TEXT NOT NULL,
    CONSTRAINT "ShareRecipient_shareId_fkey" FOREIGN KEY ("shareId") REFERENCES "Share" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_ShareRecipient" ("email", "id", "shareId") SELECT "email", "id", "shareId" FROM "ShareRecipient";
DROP TABLE "ShareRecipient";
ALTER TABLE "new_ShareRecipient" RENAME TO "ShareRecipient";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
