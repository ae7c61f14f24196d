-- CreateTable
CREATE TABLE "Rating" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "weight" TEXT NOT NULL,
    "hash" REAL DEFAULT 1.5,
    "updatedAt" DATETIME NOT NULL,
    "tokenId" INTEGER,
    CONSTRAINT "Rating_tokenId_fkey" FOREIGN KEY ("tokenId") REFERENCES "Token" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Team" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "url" TEXT,
    "slug" JSONB NOT NULL,
    "price" INTEGER DEFAULT 0,
    "label" JSONB,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Comment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "expiresAt" BLOB NOT NULL,
    "note" JSONB NOT NULL,
    "title_col" REAL NOT NULL DEFAULT 0,
    "ratio" BIGINT DEFAULT 0,
    "score" BLOB NOT NULL
);

-- CreateTable
CREATE TABLE "Token" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "title" BIGINT,
    "status" TEXT NOT NULL DEFAULT '',
    "ratingSlug" TEXT,
    CONSTRAINT "Token_ratingSlug_fkey" FOREIGN KEY ("ratingSlug") REFERENCES "Rating" ("slug") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Member" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "ratio" DATETIME NOT NULL,
    "teamId" TEXT,
    CONSTRAINT "Member_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_TeamToToken513" (
    "A" TEXT NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_TeamToToken513_A_fkey" FOREIGN KEY ("A") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_TeamToToken513_B_fkey" FOREIGN KEY ("B") REFERENCES "Token" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_CommentToToken" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_CommentToToken_A_fkey" FOREIGN KEY ("A") REFERENCES "Comment" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_CommentToToken_B_fkey" FOREIGN KEY ("B") REFERENCES "Token" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Rating_slug_key" ON "Rating"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Rating_tokenId_key" ON "Rating"("tokenId");

-- CreateIndex
CREATE INDEX "rating_slug_0_ix" ON "Rating"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Team_url_key" ON "Team"("url");

-- CreateIndex
CREATE INDEX "Team_url_idx" ON "Team"("url" DESC);

-- CreateIndex
CREATE INDEX "token_ratingslug_0_ix" ON "Token"("ratingSlug");

-- CreateIndex
CREATE INDEX "Token_ratingSlug_idx" ON "Token"("ratingSlug" DESC);

-- CreateIndex
CREATE INDEX "Member_ratio_idx" ON "Member"("ratio" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "_TeamToToken513_AB_unique" ON "_TeamToToken513"("A", "B");

-- CreateIndex
CREATE INDEX "_TeamToToken513_B_index" ON "_TeamToToken513"("B");

-- CreateIndex
CREATE UNIQUE INDEX "_CommentToToken_AB_unique" ON "_CommentToToken"("A", "B");

-- CreateIndex
CREATE INDEX "_CommentToToken_B_index" ON "_CommentToToken"("B");
