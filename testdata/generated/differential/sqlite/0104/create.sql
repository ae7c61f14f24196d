-- CreateTable
CREATE TABLE "Account" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "price" REAL NOT NULL DEFAULT -2.25,
    "label" TEXT,
    "count" BOOLEAN NOT NULL DEFAULT true,
    "accountId" INTEGER,
    "refundId" INTEGER,
    CONSTRAINT "Account_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Account_refundId_fkey" FOREIGN KEY ("refundId") REFERENCES "Refund" ("id") ON DELETE SET NULL ON UPDATE RESTRICT
);

-- CreateTable
CREATE TABLE "Refund" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "updatedAt" DECIMAL NOT NULL DEFAULT 1.5,
    "label_col" TEXT NOT NULL,
    "balance" DATETIME NOT NULL,
    "count_col" TEXT NOT NULL,
    "price" DECIMAL
);

-- CreateTable
CREATE TABLE "_AccountToRefund" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_AccountToRefund_A_fkey" FOREIGN KEY ("A") REFERENCES "Account" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_AccountToRefund_B_fkey" FOREIGN KEY ("B") REFERENCES "Refund" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Account_email_key" ON "Account"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Account_refundId_key" ON "Account"("refundId");

-- CreateIndex
CREATE INDEX "Account_accountId_idx" ON "Account"("accountId");

-- CreateIndex
CREATE INDEX "Account_label_idx" ON "Account"("label" DESC);

-- CreateIndex
CREATE INDEX "account_accountid_1_ix" ON "Account"("accountId");

-- CreateIndex
CREATE INDEX "Refund_balance_count_col_idx" ON "Refund"("balance" DESC, "count_col");

-- CreateIndex
CREATE INDEX "Refund_label_col_idx" ON "Refund"("label_col" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Refund_count_col_balance_key" ON "Refund"("count_col", "balance");

-- CreateIndex
CREATE UNIQUE INDEX "_AccountToRefund_AB_unique" ON "_AccountToRefund"("A", "B");

-- CreateIndex
CREATE INDEX "_AccountToRefund_B_index" ON "_AccountToRefund"("B");
