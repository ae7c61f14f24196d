-- CreateTable
CREATE TABLE "Tag" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "rank" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "hash" JSONB,
    "status" BOOLEAN NOT NULL,
    "version" JSONB NOT NULL,
    "email2" BLOB,
    "tagEmail" TEXT,
    CONSTRAINT "Tag_tagEmail_fkey" FOREIGN KEY ("tagEmail") REFERENCES "Tag" ("email") ON DELETE SET NULL ON UPDATE SET NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "Tag_email_key" ON "Tag"("email");

-- CreateIndex
CREATE INDEX "Tag_tagEmail_idx" ON "Tag"("tagEmail");

-- CreateIndex
CREATE INDEX "Tag_rank_idx" ON "Tag"("rank");

-- CreateIndex
CREATE INDEX "tag_rank_1_ix" ON "Tag"("rank", "status");
