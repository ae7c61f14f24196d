-- CreateTable
CREATE TABLE "File" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "handle" TEXT NOT NULL,
    "level" INTEGER NOT NULL DEFAULT 42,
    "data_col" INTEGER NOT NULL,
    "score" DECIMAL,
    "price" TEXT NOT NULL,
    "roleKind" TEXT DEFAULT 'LOW'
);

-- CreateTable
CREATE TABLE "accounts" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "code" REAL,
    "level" BIGINT,
    "color" INTEGER NOT NULL DEFAULT 0,
    "flags" BLOB,
    "balance" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "isActive" JSONB NOT NULL,
    "roleKind" TEXT NOT NULL DEFAULT 'ARCHIVED'
);

-- CreateTable
CREATE TABLE "ItemEntry" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "note" BLOB NOT NULL,
    "slug" DECIMAL DEFAULT 0,
    "color" TEXT NOT NULL,
    "body" JSONB NOT NULL,
    "note2" INTEGER NOT NULL DEFAULT 42,
    "weight" BIGINT DEFAULT 1234567890123
);

-- CreateTable
CREATE TABLE "Refund" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "handle" TEXT NOT NULL,
    "data" BIGINT DEFAULT 0,
    "startsat_col" BLOB,
    "payload" BLOB NOT NULL,
    "note" INTEGER NOT NULL DEFAULT -7,
    "roleKind" TEXT NOT NULL DEFAULT 'HIGH'
);

-- CreateTable
CREATE TABLE "Message" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "flags" BLOB,
    "weight" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "note" INTEGER NOT NULL DEFAULT 1,
    "amount" JSONB NOT NULL,
    "raw" circle,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateIndex
CREATE UNIQUE INDEX "File_handle_key" ON "File"("handle");

-- CreateIndex
CREATE INDEX "file_level_0_ix" ON "File"("level");

-- CreateIndex
CREATE INDEX "account_color_0_ix" ON "accounts"("color");

-- CreateIndex
CREATE UNIQUE INDEX "account_pair_key" ON "accounts"("color", "level");

-- CreateIndex
CREATE INDEX "ItemEntry_slug_note2_idx" ON "ItemEntry"("slug", "note2");

-- CreateIndex
CREATE INDEX "ItemEntry_note2_slug_idx" ON "ItemEntry"("note2", "slug");

-- CreateIndex
CREATE UNIQUE INDEX "Refund_handle_key" ON "Refund"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "Refund_roleKind_key" ON "Refund"("roleKind");

-- CreateIndex
CREATE INDEX "Message_note_idx" ON "Message"("note");

-- CreateIndex
CREATE INDEX "message_note_1_ix" ON "Message"("note");
