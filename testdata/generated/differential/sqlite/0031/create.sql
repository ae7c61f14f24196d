-- CreateTable
CREATE TABLE "Comment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "version" DATETIME
);

-- CreateTable
CREATE TABLE "Review" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "amount" INTEGER NOT NULL,
    "score" INTEGER NOT NULL,
    "ratio" TEXT,
    "level" INTEGER NOT NULL DEFAULT 0
);

-- CreateTable
CREATE TABLE "Message" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "isActive" JSONB,
    "rank" TEXT NOT NULL,
    "balance" TEXT NOT NULL,
    "email" JSONB NOT NULL,
    "raw" Int4,
    "messageId" INTEGER,
    CONSTRAINT "Message_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "Message" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Order" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "createdAt" TEXT NOT NULL DEFAULT 'a "quoted" word',
    "verified_col" DATETIME NOT NULL,
    "verified2" REAL NOT NULL,
    "size" BIGINT,
    "score" INTEGER,
    "reviewId" TEXT NOT NULL,

    PRIMARY KEY ("tenantId", "number"),
    CONSTRAINT "Order_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "Review" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Product" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "note_col" BLOB NOT NULL,
    "level" INTEGER DEFAULT 42,
    "count" DATETIME,
    "score" JSONB NOT NULL,
    "productId" INTEGER,
    CONSTRAINT "Product_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product" ("id") ON DELETE SET DEFAULT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_ProductToReview" (
    "A" INTEGER NOT NULL,
    "B" TEXT NOT NULL,
    CONSTRAINT "_ProductToReview_A_fkey" FOREIGN KEY ("A") REFERENCES "Product" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_ProductToReview_B_fkey" FOREIGN KEY ("B") REFERENCES "Review" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Comment_email_key" ON "Comment"("email");

-- CreateIndex
CREATE INDEX "Comment_email_idx" ON "Comment"("email");

-- CreateIndex
CREATE INDEX "Comment_version_idx" ON "Comment"("version" DESC);

-- CreateIndex
CREATE INDEX "Message_messageId_idx" ON "Message"("messageId");

-- CreateIndex
CREATE INDEX "Message_balance_idx" ON "Message"("balance");

-- CreateIndex
CREATE INDEX "message_messageid_1_ix" ON "Message"("messageId");

-- CreateIndex
CREATE UNIQUE INDEX "_ProductToReview_AB_unique" ON "_ProductToReview"("A", "B");

-- CreateIndex
CREATE INDEX "_ProductToReview_B_index" ON "_ProductToReview"("B");
