-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Address" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "avatar" BIGINT,
    "name" TEXT,
    "email" TEXT,
    "startsAt" BOOLEAN,
    "createdAt" TEXT NOT NULL,
    "payload" BLOB NOT NULL,
    "raw" DATE
);
INSERT INTO "new_Address" ("avatar", "createdAt", "email", "id", "name", "payload", "raw", "startsAt") SELECT "avatar", "createdAt", "email", "id", "name", "payload", "raw", "startsAt" FROM "Address";
DROP TABLE "Address";
ALTER TABLE "new_Address" RENAME TO "Address";
CREATE UNIQUE INDEX "Address_createdAt_key" ON "Address"("createdAt");
CREATE INDEX "Address_email_createdAt_idx" ON "Address"("email", "createdAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
