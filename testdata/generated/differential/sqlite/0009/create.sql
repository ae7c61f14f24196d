-- CreateTable
CREATE TABLE "Profile" (
    "profile_id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT,
    "price" BIGINT NOT NULL DEFAULT 0,
    "meta_col" BLOB,
    "avatar" DECIMAL DEFAULT 0,
    "count" INTEGER NOT NULL,
    "publishedAt" REAL
);

-- CreateTable
CREATE TABLE "NoteEntry" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "label" BLOB NOT NULL,
    "status" INTEGER DEFAULT 1,
    "startsAt" INTEGER NOT NULL DEFAULT 0,
    "hash" TEXT NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "profile_price_uq" ON "Profile"("price");

-- CreateIndex
CREATE INDEX "NoteEntry_startsAt_hash_idx" ON "NoteEntry"("startsAt", "hash");

-- CreateIndex
CREATE INDEX "NoteEntry_startsAt_idx" ON "NoteEntry"("startsAt" DESC);
