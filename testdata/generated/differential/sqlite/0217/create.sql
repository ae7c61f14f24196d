-- CreateTable
CREATE TABLE "Message" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code_col" JSONB NOT NULL,
    "ratio" INTEGER NOT NULL DEFAULT -7,
    "publishedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "notewithaverylongnamethatgoesonandonfortruncations" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "isActive" BIGINT
);

-- CreateTable
CREATE TABLE "Coupon" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "price" TEXT,
    "updatedAt" DATETIME NOT NULL,
    "commentHandle" TEXT NOT NULL,
    CONSTRAINT "Coupon_commentHandle_fkey" FOREIGN KEY ("commentHandle") REFERENCES "Comment" ("handle") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Comment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "handle" TEXT NOT NULL,
    "hash" DECIMAL NOT NULL,
    "secret" TEXT,
    "price" DATETIME,
    "code" INTEGER,
    "rank" BIGINT DEFAULT 1234567890123,
    "noteId" INTEGER,
    CONSTRAINT "Comment_noteId_fkey" FOREIGN KEY ("noteId") REFERENCES "notewithaverylongnamethatgoesonandonfortruncations" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Invoice" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "createdat_col" JSONB NOT NULL,
    "note" BIGINT NOT NULL,
    "code" REAL NOT NULL,
    "note2" TEXT NOT NULL DEFAULT 'back\slash',
    "color" DATETIME NOT NULL,
    "amount" INTEGER NOT NULL DEFAULT 42,
    "updatedAt" DATETIME NOT NULL,
    "commentId" INTEGER,
    CONSTRAINT "Invoice_commentId_fkey" FOREIGN KEY ("commentId") REFERENCES "Comment" ("id") ON DELETE SET DEFAULT ON UPDATE SET DEFAULT
);

-- CreateIndex
CREATE INDEX "Message_publishedAt_ratio_idx" ON "Message"("publishedAt", "ratio");

-- CreateIndex
CREATE INDEX "Message_ratio_idx" ON "Message"("ratio" DESC);

-- CreateIndex
CREATE INDEX "Coupon_price_idx" ON "Coupon"("price");

-- CreateIndex
CREATE INDEX "Coupon_commentHandle_idx" ON "Coupon"("commentHandle");

-- CreateIndex
CREATE UNIQUE INDEX "Comment_handle_key" ON "Comment"("handle");

-- CreateIndex
CREATE INDEX "Comment_secret_idx" ON "Comment"("secret");

-- CreateIndex
CREATE INDEX "Comment_code_price_idx" ON "Comment"("code" DESC, "price");

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_note2_key" ON "Invoice"("note2");

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_commentId_key" ON "Invoice"("commentId");
