-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Post" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "color" INTEGER DEFAULT 1,
    "version" BIGINT NOT NULL DEFAULT 0,
    "publishedAt" JSONB,
    "label" JSONB NOT NULL,
    "slug" TEXT DEFAULT 'back\slash',
    "avatar" DATETIME,
    "postId" INTEGER,
    CONSTRAINT "Post_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post" ("id") ON DELETE SET DEFAULT ON UPDATE CASCADE
);
INSERT INTO "new_Post" ("avatar", "color", "id", "label", "postId", "publishedAt", "slug", "version") SELECT "avatar", "color", "id", "label", "postId", "publishedAt", "slug", "version" FROM "Post";
DROP TABLE "Post";
ALTER TABLE "new_Post" RENAME TO "Post";
CREATE INDEX "Post_postId_idx" ON "Post"("postId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
