-- CreateTable
CREATE TABLE "Event" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "startsAt" DATETIME NOT NULL,
    "color" REAL DEFAULT -2.25,
    "kind" JSONB NOT NULL,
    "position" BLOB NOT NULL,
    "balance" JSONB,
    "verified_col" DECIMAL NOT NULL DEFAULT 0
);

-- CreateTable
CREATE TABLE "Order" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "data" TEXT NOT NULL DEFAULT 'hello',
    "meta_col" JSONB NOT NULL,
    "meta2" TEXT NOT NULL,
    "count" BOOLEAN NOT NULL,
    "secret" REAL DEFAULT 0,
    "amount" BIGINT DEFAULT 1234567890123
);

-- CreateTable
CREATE TABLE "Payment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "color" INTEGER DEFAULT 0,
    "orderId" TEXT,
    CONSTRAINT "Payment_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order" ("id") ON DELETE SET NULL ON UPDATE RESTRICT
);

-- CreateTable
CREATE TABLE "_EventToOrder" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,
    CONSTRAINT "_EventToOrder_A_fkey" FOREIGN KEY ("A") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_EventToOrder_B_fkey" FOREIGN KEY ("B") REFERENCES "Order" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_EventToPayment" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,
    CONSTRAINT "_EventToPayment_A_fkey" FOREIGN KEY ("A") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_EventToPayment_B_fkey" FOREIGN KEY ("B") REFERENCES "Payment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "event_color_0_ix" ON "Event"("color");

-- CreateIndex
CREATE INDEX "event_verified_1_ix" ON "Event"("verified_col");

-- CreateIndex
CREATE UNIQUE INDEX "Order_data_key" ON "Order"("data");

-- CreateIndex
CREATE INDEX "Order_data_idx" ON "Order"("data");

-- CreateIndex
CREATE INDEX "Order_meta2_idx" ON "Order"("meta2");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_slug_key" ON "Payment"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_orderId_key" ON "Payment"("orderId");

-- CreateIndex
CREATE INDEX "Payment_orderId_idx" ON "Payment"("orderId");

-- CreateIndex
CREATE INDEX "payment_orderid_1_ix" ON "Payment"("orderId");

-- CreateIndex
CREATE UNIQUE INDEX "_EventToOrder_AB_unique" ON "_EventToOrder"("A", "B");

-- CreateIndex
CREATE INDEX "_EventToOrder_B_index" ON "_EventToOrder"("B");

-- CreateIndex
CREATE UNIQUE INDEX "_EventToPayment_AB_unique" ON "_EventToPayment"("A", "B");

-- CreateIndex
CREATE INDEX "_EventToPayment_B_index" ON "_EventToPayment"("B");
