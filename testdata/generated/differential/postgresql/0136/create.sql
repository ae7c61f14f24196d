-- CreateTable
CREATE TABLE "Tag" (
    "id" SERIAL NOT NULL,
    "score" JSON DEFAULT '{"a": 1}',
    "hash_col" JSON NOT NULL,
    "title" INET NOT NULL DEFAULT '127.0.0.1',

    CONSTRAINT "Tag_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Tag_title_idx" ON "Tag"("title");
