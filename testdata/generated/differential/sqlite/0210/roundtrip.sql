-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_User" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "isActive" TEXT NOT NULL,
    "code" TEXT,
    "slug" BLOB NOT NULL,
    "avatar" INTEGER DEFAULT 42,
    "weight" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "accountId" TEXT NOT NULL,
    "userId" INTEGER,
    CONSTRAINT "User_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account" ("id") ON DELETE CASCADE ON UPDATE SET DEFAULT,
    CONSTRAINT "User_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_User" ("accountId", "avatar", "code", "email", "id", "isActive", "slug", "userId", "weight") SELECT "accountId", "avatar", "code", "email", "id", "isActive", "slug", "userId", "weight" FROM "User";
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
CREATE INDEX "User_accountId_idx" ON "User"("accountId");
CREATE INDEX "User_isActive_idx" ON "User"("isActive");
CREATE INDEX "User_weight_idx" ON "User"("weight" DESC);
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
