-- CreateTable
CREATE TABLE "Payment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "price" BIGINT,
    "meta" INTEGER NOT NULL DEFAULT 1,
    "price2" BOOLEAN DEFAULT false,
    "event2Id" TEXT,
    CONSTRAINT "Payment_event2Id_fkey" FOREIGN KEY ("event2Id") REFERENCES "event2s" ("id") ON DELETE SET NULL ON UPDATE SET NULL
);

-- CreateTable
CREATE TABLE "Tag" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "data" JSONB NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "event2s" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "meta" TEXT NOT NULL DEFAULT '',
    "code" REAL NOT NULL DEFAULT -2.25,
    "avatar" TEXT,
    "color" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endsAt" INTEGER,
    "name" DATETIME,
    "paymentId" TEXT,
    CONSTRAINT "event2s_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "Payment" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_PaymentToTag" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,
    CONSTRAINT "_PaymentToTag_A_fkey" FOREIGN KEY ("A") REFERENCES "Payment" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_PaymentToTag_B_fkey" FOREIGN KEY ("B") REFERENCES "Tag" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Payment_meta_key" ON "Payment"("meta");

-- CreateIndex
CREATE INDEX "payment_event2id_0_ix" ON "Payment"("event2Id", "price2");

-- CreateIndex
CREATE INDEX "Payment_meta_idx" ON "Payment"("meta");

-- CreateIndex
CREATE INDEX "event2s_meta_idx" ON "event2s"("meta");

-- CreateIndex
CREATE UNIQUE INDEX "_PaymentToTag_AB_unique" ON "_PaymentToTag"("A", "B");

-- CreateIndex
CREATE INDEX "_PaymentToTag_B_index" ON "_PaymentToTag"("B");
