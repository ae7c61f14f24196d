-- CreateTable
CREATE TABLE "Address" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "data" JSONB,
    "size" INTEGER NOT NULL DEFAULT 42,
    "secret" INTEGER NOT NULL DEFAULT 0,
    "payload" REAL NOT NULL
);

-- CreateTable
CREATE TABLE "Rating" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" INTEGER,
    "data_col" TEXT NOT NULL DEFAULT 'it''s',
    "avatar" BOOLEAN,
    "raw" circle,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "Address_size_idx" ON "Address"("size");

-- CreateIndex
CREATE INDEX "address_payload_1_ix" ON "Address"("payload" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Address_size_secret_key" ON "Address"("size", "secret");

-- CreateIndex
CREATE UNIQUE INDEX "Rating_data_col_key" ON "Rating"("data_col");

-- CreateIndex
CREATE INDEX "Rating_code_idx" ON "Rating"("code");

-- CreateIndex
CREATE INDEX "rating_code_1_ix" ON "Rating"("code");
