-- CreateTable
CREATE TABLE "Folder" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "handle" TEXT NOT NULL,
    "size" JSONB
);

-- CreateTable
CREATE TABLE "File" (
    "file_id" TEXT NOT NULL PRIMARY KEY,
    "createdAt" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "avatar" BLOB NOT NULL,
    "balance_col" DATETIME NOT NULL,
    "data" INTEGER NOT NULL,
    "endsAt" DATETIME NOT NULL,
    "taskKind" TEXT,
    "raw" Int4
);

-- CreateTable
CREATE TABLE "Order" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "title" INTEGER NOT NULL DEFAULT 42,
    "email" TEXT DEFAULT '',
    "taskKind" TEXT NOT NULL DEFAULT 'ACTIVE',

    PRIMARY KEY ("tenantId", "number")
);

-- CreateTable
CREATE TABLE "channels" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "email" INTEGER DEFAULT -7,
    "position" INTEGER DEFAULT 1,
    "score" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "body" BIGINT NOT NULL DEFAULT 0,
    "flags" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "accounts" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "startsAt" TEXT NOT NULL,
    "expiresat_col" TEXT NOT NULL,
    "code" TEXT NOT NULL DEFAULT 'it''s'
);

-- CreateTable
CREATE TABLE "_AccountToChannel" (
    "A" TEXT NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_AccountToChannel_A_fkey" FOREIGN KEY ("A") REFERENCES "accounts" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_AccountToChannel_B_fkey" FOREIGN KEY ("B") REFERENCES "channels" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Folder_handle_key" ON "Folder"("handle");

-- CreateIndex
CREATE INDEX "Order_taskKind_email_idx" ON "Order"("taskKind" DESC, "email");

-- CreateIndex
CREATE INDEX "Order_title_idx" ON "Order"("title");

-- CreateIndex
CREATE UNIQUE INDEX "channels_slug_key" ON "channels"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "channels_position_key" ON "channels"("position");

-- CreateIndex
CREATE INDEX "channels_flags_idx" ON "channels"("flags");

-- CreateIndex
CREATE INDEX "channel_slug_1_ix" ON "channels"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "_AccountToChannel_AB_unique" ON "_AccountToChannel"("A", "B");

-- CreateIndex
CREATE INDEX "_AccountToChannel_B_index" ON "_AccountToChannel"("B");
