-- CreateTable
CREATE TABLE "Product" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "rank" TEXT DEFAULT 'x',
    "flags" DECIMAL NOT NULL DEFAULT 2.25,
    "level" TEXT NOT NULL,
    "email2" REAL NOT NULL DEFAULT 0,
    "accountKind" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Cart" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "meta" BLOB,
    "balance" REAL,
    "accountKind" TEXT NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "Product_email_key" ON "Product"("email");

-- CreateIndex
CREATE INDEX "Product_email2_idx" ON "Product"("email2");

-- CreateIndex
CREATE UNIQUE INDEX "cart_accountkind_uq" ON "Cart"("accountKind");

-- CreateIndex
CREATE INDEX "cart_accountkind_0_ix" ON "Cart"("accountKind");
