-- CreateTable
CREATE TABLE "File" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "updatedAt" DATETIME DEFAULT '2024-01-02 03:04:05 +00:00',
    "updatedAt2" BIGINT NOT NULL DEFAULT 0,
    "flags" DECIMAL DEFAULT 0,
    "flags2_col" TEXT,
    "endsAt" DATETIME NOT NULL,

    PRIMARY KEY ("number", "tenantId")
);

-- CreateTable
CREATE TABLE "Note" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "verified" TEXT DEFAULT 'it''s',
    "ratio" REAL DEFAULT 1.5,
    "price" INTEGER,
    "raw" VARCHAR(10)
);

-- CreateIndex
CREATE UNIQUE INDEX "File_updatedAt2_key" ON "File"("updatedAt2");

-- CreateIndex
CREATE INDEX "file_flags_0_ix" ON "File"("flags", "endsAt");

-- CreateIndex
CREATE UNIQUE INDEX "Note_email_key" ON "Note"("email");

-- CreateIndex
CREATE UNIQUE INDEX "note_verified_uq" ON "Note"("verified");
