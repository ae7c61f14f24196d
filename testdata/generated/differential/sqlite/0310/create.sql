-- CreateTable
CREATE TABLE "Order" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "price" TEXT NOT NULL,
    "payload" REAL,
    "hash" INTEGER DEFAULT 42,
    "status" TEXT NOT NULL,
    "price2" DECIMAL NOT NULL DEFAULT 1.5,
    "updatedat_col" BIGINT DEFAULT 1234567890123,
    "orderId" TEXT,
    CONSTRAINT "Order_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order" ("id") ON DELETE SET NULL ON UPDATE SET DEFAULT
);

-- CreateTable
CREATE TABLE "File" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "amount" INTEGER DEFAULT 42,
    "title" DECIMAL NOT NULL DEFAULT 2.25,
    "ratio_col" DECIMAL NOT NULL DEFAULT 0,
    "memberWithAVeryLongNameThatGoesOnAndOnForTruncationKind" TEXT DEFAULT 'HIGH',

    PRIMARY KEY ("tenantId", "number")
);

-- CreateIndex
CREATE UNIQUE INDEX "order_hash_uq" ON "Order"("hash");

-- CreateIndex
CREATE UNIQUE INDEX "file_memberwithaverylongnamethatgoesonandonfortruncationkind_uq" ON "File"("memberWithAVeryLongNameThatGoesOnAndOnForTruncationKind");

-- CreateIndex
CREATE INDEX "File_memberWithAVeryLongNameThatGoesOnAndOnForTruncationKind_idx" ON "File"("memberWithAVeryLongNameThatGoesOnAndOnForTruncationKind");

-- CreateIndex
CREATE INDEX "file_memberwithaverylongnamethatgoesonandonfortruncationkind_1_ix" ON "File"("memberWithAVeryLongNameThatGoesOnAndOnForTruncationKind");

-- CreateIndex
CREATE UNIQUE INDEX "File_memberWithAVeryLongNameThatGoesOnAndOnForTruncationKind_amount_key" ON "File"("memberWithAVeryLongNameThatGoesOnAndOnForTruncationKind", "amount");
