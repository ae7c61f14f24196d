-- CreateTable
CREATE TABLE "Comment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "position" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "note_col" INTEGER DEFAULT 42,
    "url" BOOLEAN,
    "count" BIGINT NOT NULL,
    "commentId" INTEGER,
    "commentId2" INTEGER,
    CONSTRAINT "Comment_commentId_fkey" FOREIGN KEY ("commentId") REFERENCES "Comment" ("id") ON DELETE SET NULL ON UPDATE SET DEFAULT,
    CONSTRAINT "Comment_commentId2_fkey" FOREIGN KEY ("commentId2") REFERENCES "Comment" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Comment_commentId_key" ON "Comment"("commentId");

-- CreateIndex
CREATE UNIQUE INDEX "Comment_commentId2_key" ON "Comment"("commentId2");
