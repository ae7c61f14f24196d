-- CreateTable
CREATE TABLE "Order" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "startsAt" INTEGER,
    "title" BLOB,
    "count" DECIMAL,
    "ratingLinkId" TEXT,
    CONSTRAINT "Order_ratingLinkId_fkey" FOREIGN KEY ("ratingLinkId") REFERENCES "RatingLink" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RatingLink" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "secret" REAL NOT NULL,
    "publishedAt" REAL NOT NULL DEFAULT -2.25,
    "hash" BOOLEAN NOT NULL DEFAULT true,
    "orderId" TEXT NOT NULL,
    CONSTRAINT "RatingLink_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AddressWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "ratingLinkId" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,

    PRIMARY KEY ("ratingLinkId", "orderId"),
    CONSTRAINT "AddressWithAVeryLongNameThatGoesOnAndOnForTruncation_ratingLinkId_fkey" FOREIGN KEY ("ratingLinkId") REFERENCES "RatingLink" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AddressWithAVeryLongNameThatGoesOnAndOnForTruncation_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Order_ratingLinkId_idx" ON "Order"("ratingLinkId");

-- CreateIndex
CREATE INDEX "order_ratinglinkid_0_ix" ON "Order"("ratingLinkId");

-- CreateIndex
CREATE UNIQUE INDEX "Order_count_startsAt_key" ON "Order"("count", "startsAt");

-- CreateIndex
CREATE INDEX "RatingLink_orderId_idx" ON "RatingLink"("orderId");

-- CreateIndex
CREATE INDEX "ratinglink_orderid_1_ix" ON "RatingLink"("orderId");
