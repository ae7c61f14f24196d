-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Comment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "balance" BLOB NOT NULL,
    "publishedAt" INTEGER NOT NULL DEFAULT 0,
    "balance2" INTEGER NOT NULL,
    "meta" JSONB NOT NULL,
    "secret" TEXT DEFAULT 'x'
);
INSERT INTO "new_Comment" ("balance", "balance2", "id", "meta", "publishedAt", "secret") SELECT "balance", "balance2", "id", "meta", "publishedAt", "secret" FROM "Comment";
DROP TABLE "Comment";
ALTER TABLE "new_Comment" RENAME TO "Comment";
CREATE INDEX "Comment_publishedAt_idx" ON "Comment"("publishedAt");
CREATE INDEX "Comment_secret_idx" ON "Comment"("secret");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
