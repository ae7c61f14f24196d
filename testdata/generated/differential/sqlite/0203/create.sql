-- CreateTable
CREATE TABLE "Comment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "createdAt" DATETIME NOT NULL,
    "rank" DECIMAL NOT NULL DEFAULT 1.5,
    "meta" INTEGER,
    "sessionWithAVeryLongNameThatGoesOnAndOnForTruncationKind" TEXT NOT NULL DEFAULT 'LOW'
);

-- CreateTable
CREATE TABLE "Profile" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" BLOB
);

-- CreateTable
CREATE TABLE "Address" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "handle" TEXT NOT NULL,
    "ratio" JSONB,
    "score" BLOB NOT NULL,
    "tokenKind" TEXT NOT NULL DEFAULT 'inactive_value'
);

-- CreateTable
CREATE TABLE "UserEntry" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "handle" TEXT NOT NULL,
    "createdAt" INTEGER,
    "version" DATETIME NOT NULL,
    "tokenKind" TEXT NOT NULL DEFAULT 'ACTIVE',
    "addressId" TEXT
);

-- CreateTable
CREATE TABLE "Team" (
    "commentId" TEXT NOT NULL,
    "userEntryId" INTEGER NOT NULL,
    "assignedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("commentId", "userEntryId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Comment_createdAt_key" ON "Comment"("createdAt");

-- CreateIndex
CREATE INDEX "Comment_createdAt_idx" ON "Comment"("createdAt");

-- CreateIndex
CREATE INDEX "Comment_sessionWithAVeryLongNameThatGoesOnAndOnForTruncationKind_idx" ON "Comment"("sessionWithAVeryLongNameThatGoesOnAndOnForTruncationKind" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "comment_pair_key" ON "Comment"("rank", "meta");

-- CreateIndex
CREATE UNIQUE INDEX "Address_handle_key" ON "Address"("handle");

-- CreateIndex
CREATE INDEX "Address_handle_idx" ON "Address"("handle" DESC);

-- CreateIndex
CREATE INDEX "address_handle_1_ix" ON "Address"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "address_pair_key" ON "Address"("tokenKind", "handle");

-- CreateIndex
CREATE UNIQUE INDEX "UserEntry_handle_key" ON "UserEntry"("handle");

-- CreateIndex
CREATE INDEX "UserEntry_addressId_idx" ON "UserEntry"("addressId");

-- CreateIndex
CREATE INDEX "UserEntry_version_idx" ON "UserEntry"("version");

-- CreateIndex
CREATE UNIQUE INDEX "userentry_pair_key" ON "UserEntry"("handle", "version");
