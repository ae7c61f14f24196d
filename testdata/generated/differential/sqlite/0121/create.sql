-- CreateTable
CREATE TABLE "Invoice" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "endsAt" DECIMAL DEFAULT 0,
    "startsAt" INTEGER NOT NULL DEFAULT -7,
    "createdAt" BLOB NOT NULL,
    "name" DATETIME,
    "version" INTEGER NOT NULL DEFAULT -7,
    "label" BLOB NOT NULL,
    "project2Id" TEXT,
    "priceId" TEXT NOT NULL,
    "priceId2" TEXT NOT NULL,
    CONSTRAINT "Invoice_project2Id_fkey" FOREIGN KEY ("project2Id") REFERENCES "project2s" ("id") ON DELETE NO ACTION ON UPDATE CASCADE,
    CONSTRAINT "Invoice_priceId_fkey" FOREIGN KEY ("priceId") REFERENCES "Price" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Invoice_priceId2_fkey" FOREIGN KEY ("priceId2") REFERENCES "Price" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "project2s" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "slug2" JSONB,
    "isActive" JSONB,
    "rank" TEXT,
    "secret" JSONB,
    "priceId" TEXT,
    CONSTRAINT "project2s_priceId_fkey" FOREIGN KEY ("priceId") REFERENCES "Price" ("id") ON DELETE SET NULL ON UPDATE RESTRICT
);

-- CreateTable
CREATE TABLE "RoleItem" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "count" BIGINT,
    "expiresAt" REAL NOT NULL DEFAULT 0,
    "code" BIGINT NOT NULL DEFAULT 0,
    "weight" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "slug" TEXT DEFAULT 'back\slash',
    "version" BOOLEAN NOT NULL,
    "flags" BLOB,
    "rank" TEXT DEFAULT 'hello',
    "title" REAL,
    "color" BOOLEAN NOT NULL,
    "project2Slug" TEXT NOT NULL,
    CONSTRAINT "Session_project2Slug_fkey" FOREIGN KEY ("project2Slug") REFERENCES "project2s" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Price" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "handle" TEXT NOT NULL,
    "status" INTEGER NOT NULL,
    "balance" JSONB NOT NULL,
    "level_col" BIGINT NOT NULL DEFAULT 1234567890123
);

-- CreateIndex
CREATE INDEX "Invoice_priceId_idx" ON "Invoice"("priceId");

-- CreateIndex
CREATE INDEX "Invoice_startsAt_name_idx" ON "Invoice"("startsAt" DESC, "name");

-- CreateIndex
CREATE UNIQUE INDEX "project2s_slug_key" ON "project2s"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "project2s_rank_key" ON "project2s"("rank");

-- CreateIndex
CREATE INDEX "project2s_priceId_idx" ON "project2s"("priceId");

-- CreateIndex
CREATE UNIQUE INDEX "RoleItem_expiresAt_key" ON "RoleItem"("expiresAt");

-- CreateIndex
CREATE INDEX "RoleItem_code_idx" ON "RoleItem"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Session_email_key" ON "Session"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Session_title_key" ON "Session"("title");

-- CreateIndex
CREATE UNIQUE INDEX "Price_handle_key" ON "Price"("handle");

-- CreateIndex
CREATE INDEX "Price_level_col_handle_idx" ON "Price"("level_col" DESC, "handle");

-- CreateIndex
CREATE INDEX "Price_handle_status_idx" ON "Price"("handle", "status");
