-- CreateTable
CREATE TABLE "ProjectWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "color" DECIMAL NOT NULL DEFAULT 2.25,
    "body" INTEGER,
    "price" INTEGER NOT NULL,
    "createdAt" INTEGER NOT NULL DEFAULT 0,
    "postKind" TEXT NOT NULL DEFAULT 'PENDING',
    "updatedAt" DATETIME NOT NULL,
    "sessionEntryId" TEXT NOT NULL,
    "sessionEntryId2" TEXT,
    CONSTRAINT "ProjectWithAVeryLongNameThatGoesOnAndOnForTruncation_sessionEntryId_fkey" FOREIGN KEY ("sessionEntryId") REFERENCES "SessionEntry" ("id") ON DELETE SET DEFAULT ON UPDATE CASCADE,
    CONSTRAINT "ProjectWithAVeryLongNameThatGoesOnAndOnForTruncation_sessionEntryId2_fkey" FOREIGN KEY ("sessionEntryId2") REFERENCES "SessionEntry" ("id") ON DELETE SET NULL ON UPDATE RESTRICT
);

-- CreateTable
CREATE TABLE "Store" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" DATETIME NOT NULL,
    "level_col" JSONB NOT NULL,
    "status" INTEGER,
    "createdAt" DECIMAL DEFAULT 2.25,
    "postKind" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Token" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "data" TEXT NOT NULL,
    "status_col" DATETIME,
    "verified" INTEGER NOT NULL,
    "postKind" TEXT DEFAULT 'ARCHIVED',
    "raw" Int4,
    "projectId" TEXT,
    CONSTRAINT "Token_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "ProjectWithAVeryLongNameThatGoesOnAndOnForTruncation" ("id") ON DELETE SET NULL ON UPDATE RESTRICT
);

-- CreateTable
CREATE TABLE "SessionEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startsAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "postKind" TEXT DEFAULT 'PENDING'
);

-- CreateTable
CREATE TABLE "Tag" (
    "tokenId" INTEGER NOT NULL,
    "storeId" INTEGER NOT NULL,
    "assignedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("tokenId", "storeId"),
    CONSTRAINT "Tag_tokenId_fkey" FOREIGN KEY ("tokenId") REFERENCES "Token" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Tag_storeId_fkey" FOREIGN KEY ("storeId") REFERENCES "Store" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "projectwithaverylongnamethatgoesonandonf_body_uq" ON "ProjectWithAVeryLongNameThatGoesOnAndOnForTruncation"("body");

-- CreateIndex
CREATE UNIQUE INDEX "ProjectWithAVeryLongNameThatGoesOnAndOnForTruncation_sessionEntryId_key" ON "ProjectWithAVeryLongNameThatGoesOnAndOnForTruncation"("sessionEntryId");

-- CreateIndex
CREATE INDEX "ProjectWithAVeryLongNameThatGoesOnAndOnForTruncation_color_idx" ON "ProjectWithAVeryLongNameThatGoesOnAndOnForTruncation"("color");

-- CreateIndex
CREATE UNIQUE INDEX "Token_verified_key" ON "Token"("verified");

-- CreateIndex
CREATE UNIQUE INDEX "Token_projectId_key" ON "Token"("projectId");

-- CreateIndex
CREATE INDEX "Token_postKind_idx" ON "Token"("postKind");

-- CreateIndex
CREATE INDEX "token_data_1_ix" ON "Token"("data" DESC);

-- CreateIndex
CREATE INDEX "SessionEntry_email_startsAt_idx" ON "SessionEntry"("email", "startsAt");

-- CreateIndex
CREATE INDEX "SessionEntry_email_idx" ON "SessionEntry"("email");

-- CreateIndex
CREATE UNIQUE INDEX "SessionEntry_postKind_email_key" ON "SessionEntry"("postKind", "email");
