-- CreateTable
CREATE TABLE "Profile" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "price" DATETIME NOT NULL,
    "email" BOOLEAN,
    "verified" TEXT NOT NULL DEFAULT '',
    "balance" BOOLEAN,
    "size" DATETIME NOT NULL,
    "slug" JSONB NOT NULL,
    "raw" circle
);

-- CreateTable
CREATE TABLE "tags" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "color" TEXT NOT NULL,
    "level" TEXT NOT NULL DEFAULT 'hello',
    "planKind" TEXT NOT NULL DEFAULT 'DONE',
    "updatedAt" DATETIME NOT NULL,
    "tagId" TEXT,
    CONSTRAINT "tags_tagId_fkey" FOREIGN KEY ("tagId") REFERENCES "tags" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_ProfileToTag" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,
    CONSTRAINT "_ProfileToTag_A_fkey" FOREIGN KEY ("A") REFERENCES "Profile" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_ProfileToTag_B_fkey" FOREIGN KEY ("B") REFERENCES "tags" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Profile_email_key" ON "Profile"("email");

-- CreateIndex
CREATE INDEX "Profile_balance_idx" ON "Profile"("balance" DESC);

-- CreateIndex
CREATE INDEX "Profile_price_idx" ON "Profile"("price");

-- CreateIndex
CREATE UNIQUE INDEX "profile_pair_key" ON "Profile"("price", "size");

-- CreateIndex
CREATE UNIQUE INDEX "tags_planKind_key" ON "tags"("planKind");

-- CreateIndex
CREATE UNIQUE INDEX "tags_tagId_key" ON "tags"("tagId");

-- CreateIndex
CREATE INDEX "tags_tagId_level_idx" ON "tags"("tagId", "level");

-- CreateIndex
CREATE UNIQUE INDEX "_ProfileToTag_AB_unique" ON "_ProfileToTag"("A", "B");

-- CreateIndex
CREATE INDEX "_ProfileToTag_B_index" ON "_ProfileToTag"("B");
