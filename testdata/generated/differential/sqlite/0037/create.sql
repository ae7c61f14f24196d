-- CreateTable
CREATE TABLE "Cart" (
    "cart_id" TEXT NOT NULL PRIMARY KEY,
    "level_col" INTEGER DEFAULT 42,
    "score" JSONB,
    "ratio" DATETIME NOT NULL,
    "name" DATETIME NOT NULL,
    "name2" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "url" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "devices" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "color_col" DECIMAL DEFAULT 0,
    "email" INTEGER,
    "count" DECIMAL DEFAULT 2.25,
    "score" DATETIME,
    "color2" DATETIME,
    "slug_col" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "Event" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "expiresAt" DATETIME,
    "level" BIGINT DEFAULT 0,
    "tokenKind" TEXT
);

-- CreateTable
CREATE TABLE "NoteWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "startsAt" REAL,
    "email" DATETIME NOT NULL,
    "updatedAt" TEXT DEFAULT '',
    "slug" INTEGER NOT NULL DEFAULT -7,
    "expiresAt" BLOB,
    "updatedAt2" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "Cart_name2_idx" ON "Cart"("name2");

-- CreateIndex
CREATE INDEX "cart_name2_1_ix" ON "Cart"("name2");

-- CreateIndex
CREATE INDEX "device_email_0_ix" ON "devices"("email" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "devices_slug_col_email_key" ON "devices"("slug_col", "email");

-- CreateIndex
CREATE INDEX "NoteWithAVeryLongNameThatGoesOnAndOnForTruncation_updatedAt_idx" ON "NoteWithAVeryLongNameThatGoesOnAndOnForTruncation"("updatedAt");

-- CreateIndex
CREATE INDEX "notewithaverylongnamethatgoesonandonfort_startsat_1_ix" ON "NoteWithAVeryLongNameThatGoesOnAndOnForTruncation"("startsAt" DESC);
