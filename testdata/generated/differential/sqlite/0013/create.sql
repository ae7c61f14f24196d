-- CreateTable
CREATE TABLE "MessageItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" DATETIME
);

-- CreateTable
CREATE TABLE "Plan" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "slug" DECIMAL NOT NULL,
    "label" TEXT NOT NULL,
    "secret" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Cart" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "label_col" JSONB NOT NULL,
    "cartId" TEXT,
    "reviewId" INTEGER NOT NULL,
    CONSTRAINT "Cart_cartId_fkey" FOREIGN KEY ("cartId") REFERENCES "Cart" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Cart_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "Review" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Review" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "amount" TEXT NOT NULL DEFAULT 'back\slash',
    "note_col" DATETIME,
    "size" TEXT DEFAULT 'hello'
);

-- CreateIndex
CREATE INDEX "MessageItem_email_idx" ON "MessageItem"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Plan_email_key" ON "Plan"("email");

-- CreateIndex
CREATE INDEX "Plan_label_secret_idx" ON "Plan"("label", "secret");

-- CreateIndex
CREATE INDEX "Plan_secret_idx" ON "Plan"("secret");

-- CreateIndex
CREATE INDEX "Cart_cartId_idx" ON "Cart"("cartId");

-- CreateIndex
CREATE INDEX "Cart_reviewId_idx" ON "Cart"("reviewId");

-- CreateIndex
CREATE INDEX "cart_cartid_0_ix" ON "Cart"("cartId");

-- CreateIndex
CREATE INDEX "Review_amount_idx" ON "Review"("amount");
