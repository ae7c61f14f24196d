-- CreateTable
CREATE TABLE "Price" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "position" DATETIME NOT NULL,
    "hash" INTEGER NOT NULL DEFAULT 0,
    "verified" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "label" JSONB,
    "position2" JSONB NOT NULL,
    "code" BOOLEAN NOT NULL DEFAULT false,
    "raw" money
);

-- CreateTable
CREATE TABLE "profiles" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "size" REAL,
    "size2_col" INTEGER,
    "title" TEXT NOT NULL,
    "endsAt" INTEGER NOT NULL DEFAULT 0,
    "payload_col" BLOB NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "Price_email_key" ON "Price"("email");

-- CreateIndex
CREATE INDEX "Price_email_code_idx" ON "Price"("email" DESC, "code");

-- CreateIndex
CREATE INDEX "price_code_1_ix" ON "Price"("code");

-- CreateIndex
CREATE UNIQUE INDEX "profiles_size_key" ON "profiles"("size");
