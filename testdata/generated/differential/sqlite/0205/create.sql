-- CreateTable
CREATE TABLE "Comment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "title_col" JSONB NOT NULL,
    "email2" BOOLEAN NOT NULL,
    "amount" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "note" JSONB NOT NULL,
    "amount2" INTEGER NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    "commentId" INTEGER,
    CONSTRAINT "Comment_commentId_fkey" FOREIGN KEY ("commentId") REFERENCES "Comment" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Comment_email_key" ON "Comment"("email");

-- CreateIndex
CREATE INDEX "Comment_commentId_idx" ON "Comment"("commentId");
