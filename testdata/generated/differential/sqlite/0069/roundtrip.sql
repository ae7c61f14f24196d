-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_posts" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "level" TEXT NOT NULL DEFAULT 'x',
    "total" BLOB,
    "expiresAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedAt" DATETIME NOT NULL,
    "level2" TEXT,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_posts" ("email", "expiresAt", "id", "level", "level2", "publishedAt", "total", "updatedAt") SELECT "email", "expiresAt", "id", "level", "level2", "publishedAt", "total", "updatedAt" FROM "posts";
DROP TABLE "posts";
ALTER TABLE "new_posts" RENAME TO "posts";
CREATE UNIQUE INDEX "posts_email_key" ON "posts"("email");
CREATE INDEX "posts_level_email_idx" ON "posts"("level", "email");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
