-- CreateTable
CREATE TABLE "File2" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "level" BLOB NOT NULL,
    "note" TEXT NOT NULL,
    "price" REAL NOT NULL,
    "count_col" BLOB NOT NULL,
    "url" DATETIME NOT NULL,
    "updatedAt" BIGINT NOT NULL DEFAULT 0,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateTable
CREATE TABLE "Token" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "verified" BOOLEAN NOT NULL DEFAULT true,
    "meta" BOOLEAN NOT NULL,
    "startsAt" DATETIME NOT NULL,
    "projectId" INTEGER,
    CONSTRAINT "Token_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "ProjectWithAVeryLongNameThatGoesOnAndOnForTruncation" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Note" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "handle" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "tokenId" INTEGER NOT NULL,

    PRIMARY KEY ("tenantId", "number"),
    CONSTRAINT "Note_tokenId_fkey" FOREIGN KEY ("tokenId") REFERENCES "Token" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Profile" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "url" BLOB NOT NULL,
    "price" REAL DEFAULT -2.25,
    "name" TEXT,
    "verified_col" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ProjectWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "handle" TEXT NOT NULL,
    "data" INTEGER NOT NULL DEFAULT -7,
    "kind_col" BOOLEAN DEFAULT false,
    "slug" BIGINT NOT NULL,
    "startsAt" TEXT,
    "hash" TEXT NOT NULL DEFAULT 'it''s',
    "url" BLOB
);

-- CreateIndex
CREATE UNIQUE INDEX "File2_note_key" ON "File2"("note");

-- CreateIndex
CREATE INDEX "File2_note_idx" ON "File2"("note");

-- CreateIndex
CREATE INDEX "Token_meta_idx" ON "Token"("meta");

-- CreateIndex
CREATE UNIQUE INDEX "Note_handle_key" ON "Note"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "Profile_email_key" ON "Profile"("email");

-- CreateIndex
CREATE INDEX "profile_verified_0_ix" ON "Profile"("verified_col");

-- CreateIndex
CREATE UNIQUE INDEX "Profile_price_verified_col_key" ON "Profile"("price", "verified_col");

-- CreateIndex
CREATE UNIQUE INDEX "ProjectWithAVeryLongNameThatGoesOnAndOnForTruncation_handle_key" ON "ProjectWithAVeryLongNameThatGoesOnAndOnForTruncation"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "projectwithaverylongnamethatgoesonandonf_startsat_uq" ON "ProjectWithAVeryLongNameThatGoesOnAndOnForTruncation"("startsAt");

-- CreateIndex
CREATE INDEX "ProjectWithAVeryLongNameThatGoesOnAndOnForTruncation_handle_idx" ON "ProjectWithAVeryLongNameThatGoesOnAndOnForTruncation"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "projectwithaverylongnamethatgoesonandonf_pair_key" ON "ProjectWithAVeryLongNameThatGoesOnAndOnForTruncation"("hash", "data");
