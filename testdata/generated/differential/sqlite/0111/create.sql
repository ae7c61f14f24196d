-- CreateTable
CREATE TABLE "NoteWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "size" TEXT NOT NULL,
    "count" BIGINT NOT NULL DEFAULT 1234567890123,
    "expiresat_col" BIGINT NOT NULL,
    "price" JSONB NOT NULL,
    "meta" JSONB NOT NULL,
    "title" INTEGER,
    "storeTenantId" TEXT NOT NULL,
    "storeNumber" INTEGER NOT NULL,
    CONSTRAINT "NoteWithAVeryLongNameThatGoesOnAndOnForTruncation_storeTenantId_storeNumber_fkey" FOREIGN KEY ("storeTenantId", "storeNumber") REFERENCES "Store" ("tenantId", "number") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Product" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "handle" TEXT NOT NULL,
    "count" BIGINT DEFAULT 0
);

-- CreateTable
CREATE TABLE "teams" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "label" BLOB,
    "createdAt" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "secret_col" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Store" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "publishedAt" JSONB NOT NULL,
    "count" JSONB,
    "publishedat2_col" DECIMAL DEFAULT 0,
    "storeTenantId" TEXT,
    "storeNumber" INTEGER,

    PRIMARY KEY ("tenantId", "number"),
    CONSTRAINT "Store_storeTenantId_storeNumber_fkey" FOREIGN KEY ("storeTenantId", "storeNumber") REFERENCES "Store" ("tenantId", "number") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Message" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "email" TEXT NOT NULL,
    "status" BLOB NOT NULL,
    "rank" BIGINT NOT NULL,
    "level" BIGINT,
    "code" INTEGER DEFAULT -7,
    "score" JSONB,
    "code2" INTEGER NOT NULL DEFAULT -7,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateTable
CREATE TABLE "Refund" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "secret" INTEGER NOT NULL DEFAULT 42,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateIndex
CREATE UNIQUE INDEX "NoteWithAVeryLongNameThatGoesOnAndOnForTruncation_size_key" ON "NoteWithAVeryLongNameThatGoesOnAndOnForTruncation"("size");

-- CreateIndex
CREATE INDEX "NoteWithAVeryLongNameThatGoesOnAndOnForTruncation_storeTenantId_title_idx" ON "NoteWithAVeryLongNameThatGoesOnAndOnForTruncation"("storeTenantId", "title");

-- CreateIndex
CREATE INDEX "notewithaverylongnamethatgoesonandonfort_size_1_ix" ON "NoteWithAVeryLongNameThatGoesOnAndOnForTruncation"("size" DESC, "storeNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Product_handle_key" ON "Product"("handle");

-- CreateIndex
CREATE INDEX "Product_count_idx" ON "Product"("count");

-- CreateIndex
CREATE UNIQUE INDEX "teams_secret_col_key" ON "teams"("secret_col");

-- CreateIndex
CREATE INDEX "teams_createdAt_idx" ON "teams"("createdAt");

-- CreateIndex
CREATE INDEX "teams_secret_col_idx" ON "teams"("secret_col");

-- CreateIndex
CREATE UNIQUE INDEX "Message_email_key" ON "Message"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Message_code_key" ON "Message"("code");

-- CreateIndex
CREATE INDEX "Message_level_rank_idx" ON "Message"("level", "rank");

-- CreateIndex
CREATE INDEX "message_code2_1_ix" ON "Message"("code2" DESC);
