-- CreateTable
CREATE TABLE "Address" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "handle" TEXT NOT NULL,
    "count" BIGINT NOT NULL,
    "createdat_col" DATETIME,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Region" (
    "region_id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "expiresAt" DECIMAL NOT NULL,
    "email2_col" DECIMAL,
    "createdAt" TEXT NOT NULL,
    "endsAt" DECIMAL,
    "avatar" TEXT
);

-- CreateTable
CREATE TABLE "File" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "weight" REAL NOT NULL,
    "endsat_col" TEXT,
    "verified" BOOLEAN,
    "code" INTEGER NOT NULL DEFAULT 0,
    "email" TEXT NOT NULL,
    "body" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "Tag" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "handle" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "verified" TEXT,
    "price" DATETIME NOT NULL DEFAULT '2024-01-02 03:04:05 +00:00',
    "total" TEXT,
    "flags" BLOB NOT NULL,
    "title" BIGINT DEFAULT 1234567890123
);

-- CreateTable
CREATE TABLE "RefundWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "ratio" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "price" REAL NOT NULL DEFAULT 0,
    "count" INTEGER NOT NULL DEFAULT 0,
    "endsAt" INTEGER NOT NULL,
    "status" JSONB NOT NULL
);

-- CreateTable
CREATE TABLE "Review" (
    "refundWithAVeryLongNameThatGoesOnAndOnForTruncationId" INTEGER NOT NULL,
    "regionId" TEXT NOT NULL,

    PRIMARY KEY ("refundWithAVeryLongNameThatGoesOnAndOnForTruncationId", "regionId"),
    CONSTRAINT "Review_refundWithAVeryLongNameThatGoesOnAndOnForTruncationId_fkey" FOREIGN KEY ("refundWithAVeryLongNameThatGoesOnAndOnForTruncationId") REFERENCES "RefundWithAVeryLongNameThatGoesOnAndOnForTruncation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Review_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region" ("region_id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Address_handle_key" ON "Address"("handle");

-- CreateIndex
CREATE INDEX "address_createdat_0_ix" ON "Address"("createdat_col");

-- CreateIndex
CREATE INDEX "Address_handle_idx" ON "Address"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "Region_email_key" ON "Region"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Region_email2_col_key" ON "Region"("email2_col");

-- CreateIndex
CREATE INDEX "File_weight_body_idx" ON "File"("weight", "body");

-- CreateIndex
CREATE UNIQUE INDEX "Tag_handle_key" ON "Tag"("handle");

-- CreateIndex
CREATE INDEX "Tag_price_idx" ON "Tag"("price");

-- CreateIndex
CREATE UNIQUE INDEX "tag_pair_key" ON "Tag"("price", "code");
