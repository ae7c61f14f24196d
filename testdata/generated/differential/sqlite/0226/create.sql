-- CreateTable
CREATE TABLE "CommentItem" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "flags_col" REAL DEFAULT -2.25,
    "size" DATETIME NOT NULL,
    "data" BLOB,
    "startsAt" TEXT NOT NULL DEFAULT 'a "quoted" word',
    "commentItemEmail" TEXT,
    CONSTRAINT "CommentItem_commentItemEmail_fkey" FOREIGN KEY ("commentItemEmail") REFERENCES "CommentItem" ("email") ON DELETE NO ACTION ON UPDATE SET DEFAULT
);

-- CreateIndex
CREATE UNIQUE INDEX "CommentItem_email_key" ON "CommentItem"("email");

-- CreateIndex
CREATE UNIQUE INDEX "commentitem_startsat_uq" ON "CommentItem"("startsAt");

-- CreateIndex
CREATE INDEX "CommentItem_commentItemEmail_idx" ON "CommentItem"("commentItemEmail");

-- CreateIndex
CREATE INDEX "CommentItem_email_level_idx" ON "CommentItem"("email", "level");

-- CreateIndex
CREATE INDEX "commentitem_commentitememail_1_ix" ON "CommentItem"("commentItemEmail");
