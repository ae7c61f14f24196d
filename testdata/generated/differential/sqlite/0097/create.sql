-- CreateTable
CREATE TABLE "Region" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "startsAt" JSONB,
    "price" BIGINT NOT NULL,
    "position" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" REAL DEFAULT -2.25,
    "balance" TEXT,
    "userLinkId" TEXT,
    CONSTRAINT "Region_userLinkId_fkey" FOREIGN KEY ("userLinkId") REFERENCES "UserLink" ("id") ON DELETE SET NULL ON UPDATE SET DEFAULT
);

-- CreateTable
CREATE TABLE "Comment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "handle" TEXT NOT NULL,
    "secret" DECIMAL,
    "commentid_ref" TEXT,
    CONSTRAINT "Comment_commentid_ref_fkey" FOREIGN KEY ("commentid_ref") REFERENCES "Comment" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "Cart" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "createdAt" TEXT DEFAULT 'hello',
    "kind" INTEGER NOT NULL DEFAULT -7,
    "url" BLOB NOT NULL
);

-- CreateTable
CREATE TABLE "Project" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "kind_col" BOOLEAN,
    "score" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "endsAt" BOOLEAN,
    "flags" TEXT NOT NULL,
    "meta" TEXT,
    "color_col" DECIMAL NOT NULL DEFAULT 0,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "UserLink" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "position" BIGINT NOT NULL,
    "email" DATETIME NOT NULL,
    "amount" INTEGER,
    "balance" INTEGER DEFAULT 1,
    "position2" BOOLEAN NOT NULL,
    "raw" NUMERIC,
    "updatedAt" DATETIME NOT NULL,
    "projectId" INTEGER NOT NULL,
    "projectId2" INTEGER,
    CONSTRAINT "UserLink_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "UserLink_projectId2_fkey" FOREIGN KEY ("projectId2") REFERENCES "Project" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_CartToUserLink" (
    "A" INTEGER NOT NULL,
    "B" TEXT NOT NULL,
    CONSTRAINT "_CartToUserLink_A_fkey" FOREIGN KEY ("A") REFERENCES "Cart" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_CartToUserLink_B_fkey" FOREIGN KEY ("B") REFERENCES "UserLink" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Region_slug_key" ON "Region"("slug");

-- CreateIndex
CREATE INDEX "Region_userLinkId_idx" ON "Region"("userLinkId");

-- CreateIndex
CREATE INDEX "Region_createdAt_idx" ON "Region"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Comment_handle_key" ON "Comment"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "comment_secret_uq" ON "Comment"("secret");

-- CreateIndex
CREATE INDEX "Comment_handle_idx" ON "Comment"("handle");

-- CreateIndex
CREATE INDEX "cart_kind_0_ix" ON "Cart"("kind");

-- CreateIndex
CREATE UNIQUE INDEX "Project_meta_key" ON "Project"("meta");

-- CreateIndex
CREATE INDEX "Project_endsAt_idx" ON "Project"("endsAt");

-- CreateIndex
CREATE INDEX "UserLink_amount_idx" ON "UserLink"("amount");

-- CreateIndex
CREATE INDEX "UserLink_projectId2_idx" ON "UserLink"("projectId2");

-- CreateIndex
CREATE UNIQUE INDEX "_CartToUserLink_AB_unique" ON "_CartToUserLink"("A", "B");

-- CreateIndex
CREATE INDEX "_CartToUserLink_B_index" ON "_CartToUserLink"("B");
