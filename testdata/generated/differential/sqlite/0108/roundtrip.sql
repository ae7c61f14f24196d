-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_File" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "count" INTEGER NOT NULL,
    "body" BIGINT NOT NULL,
    "planKind" TEXT NOT NULL,
    "raw" NUMERIC,
    "postId" INTEGER NOT NULL,
    "channelId" INTEGER,
    CONSTRAINT "File_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "File_channelId_fkey" FOREIGN KEY ("channelId") REFERENCES "Channel" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_File" ("body", "channelId", "count", "id", "planKind", "postId", "raw") SELECT "body", "channelId", "count", "id", "planKind", "postId", "raw" FROM "File";
DROP TABLE "File";
ALTER TABLE "new_File" RENAME TO "File";
CREATE UNIQUE INDEX "File_planKind_key" ON "File"("planKind");
CREATE INDEX "file_channelid_0_ix" ON "File"("channelId" DESC);
CREATE TABLE "new_Post" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "level" JSONB NOT NULL,
    "publishedAt" INTEGER DEFAULT -7,
    "verified" INTEGER NOT NULL DEFAULT 1,
    "version" BOOLEAN NOT NULL,
    "publishedAt2" REAL DEFAULT 0,
    "count" INTEGER NOT NULL DEFAULT 0,
    "channelId" INTEGER,
    "sessionId" INTEGER,
    CONSTRAINT "Post_channelId_fkey" FOREIGN KEY ("channelId") REFERENCES "Channel" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Post_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Post" ("channelId", "count", "id", "level", "publishedAt", "publishedAt2", "sessionId", "verified", "version") SELECT "channelId", "count", "id", "level", "publishedAt", "publishedAt2", "sessionId", "verified", "version" FROM "Post";
DROP TABLE "Post";
ALTER TABLE "new_Post" RENAME TO "Post";
CREATE INDEX "Post_channelId_idx" ON "Post"("channelId");
CREATE INDEX "Post_sessionId_idx" ON "Post"("sessionId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
