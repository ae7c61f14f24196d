-- CreateTable
CREATE TABLE "TokenWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "verified" TEXT,
    "memberKind" TEXT NOT NULL DEFAULT 'INACTIVE'
);

-- CreateTable
CREATE TABLE "FileHistory" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "note" TEXT NOT NULL,
    "price_col" JSONB NOT NULL,
    "weight" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "folderId" INTEGER,
    CONSTRAINT "FileHistory_folderId_fkey" FOREIGN KEY ("folderId") REFERENCES "Folder" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Folder" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" DATETIME NOT NULL,
    "expiresAt" BOOLEAN NOT NULL,
    "flags" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "memberKind" TEXT NOT NULL DEFAULT 'DONE',
    "fileHistoryId" TEXT,
    CONSTRAINT "Folder_fileHistoryId_fkey" FOREIGN KEY ("fileHistoryId") REFERENCES "FileHistory" ("id") ON DELETE SET NULL ON UPDATE RESTRICT
);

-- CreateIndex
CREATE UNIQUE INDEX "TokenWithAVeryLongNameThatGoesOnAndOnForTruncation_memberKind_key" ON "TokenWithAVeryLongNameThatGoesOnAndOnForTruncation"("memberKind");

-- CreateIndex
CREATE UNIQUE INDEX "tokenwithaverylongnamethatgoesonandonfor_pair_key" ON "TokenWithAVeryLongNameThatGoesOnAndOnForTruncation"("memberKind", "verified");

-- CreateIndex
CREATE UNIQUE INDEX "FileHistory_folderId_key" ON "FileHistory"("folderId");

-- CreateIndex
CREATE INDEX "FileHistory_folderId_idx" ON "FileHistory"("folderId" DESC);

-- CreateIndex
CREATE INDEX "FileHistory_weight_idx" ON "FileHistory"("weight" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "FileHistory_weight_note_key" ON "FileHistory"("weight", "note");

-- CreateIndex
CREATE UNIQUE INDEX "Folder_flags_memberKind_key" ON "Folder"("flags", "memberKind");
