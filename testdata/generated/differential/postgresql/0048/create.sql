-- CreateTable
CREATE TABLE "Store" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "meta" XML NOT NULL,
    "amount_col" BOOLEAN[] DEFAULT ARRAY[true, false]::BOOLEAN[],
    "title" INTEGER,
    "amount2" JSON NOT NULL,

    CONSTRAINT "Store_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "amount" BIGINT,
    "endsAt" DOUBLE PRECISION NOT NULL,
    "size" INET,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "File" (
    "id" SERIAL NOT NULL,
    "publishedAt" BYTEA,
    "title" TIMESTAMP(3) DEFAULT '2024-01-02 03:04:05 +00:00',
    "hash" TIMESTAMP(3)[],
    "body" DOUBLE PRECISION DEFAULT 0,
    "price" JSON DEFAULT '{"a": 1}',

    CONSTRAINT "File_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Payment" (
    "id" TEXT NOT NULL,
    "isActive" TIMESTAMP(3) DEFAULT (now() + '1 day'::interval),
    "avatar" JSON,
    "createdAt" INTEGER NOT NULL,
    "note" DECIMAL(65,30) NOT NULL,
    "commentId" TEXT,

    CONSTRAINT "payment_primary" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Comment" (
    "id" TEXT NOT NULL,
    "url" DOUBLE PRECISION NOT NULL,
    "status" INTEGER[],
    "endsAt" SMALLINT[],
    "price_col" VARCHAR(159) NOT NULL,
    "body_col" TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "paymentId" TEXT NOT NULL,

    CONSTRAINT "Comment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_CommentToSession" (
    "A" TEXT NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_CommentToSession_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "Store_slug_key" ON "Store"("slug");

-- CreateIndex
CREATE INDEX "Store_title_idx" ON "Store"("title");

-- CreateIndex
CREATE UNIQUE INDEX "store_pair_key" ON "Store"("slug", "title");

-- CreateIndex
CREATE UNIQUE INDEX "Session_email_key" ON "Session"("email");

-- CreateIndex
CREATE INDEX "Session_endsAt_email_idx" ON "Session"("endsAt", "email");

-- CreateIndex
CREATE INDEX "Session_endsAt_idx" ON "Session"("endsAt");

-- CreateIndex
CREATE INDEX "Session_email_idx" ON "Session" USING SPGIST ("email");

-- CreateIndex
CREATE INDEX "File_body_idx" ON "File"("body" DESC);

-- CreateIndex
CREATE INDEX "file_body_1_ix" ON "File"("body" DESC);

-- CreateIndex
CREATE INDEX "payment_createdat_0_ix" ON "Payment" USING BRIN ("createdAt");

-- CreateIndex
CREATE INDEX "Payment_commentId_idx" ON "Payment"("commentId");

-- CreateIndex
CREATE UNIQUE INDEX "Comment_paymentId_key" ON "Comment"("paymentId");

-- CreateIndex
CREATE INDEX "comment_paymentid_0_ix" ON "Comment" USING HASH ("paymentId");

-- CreateIndex
CREATE INDEX "Comment_url_idx" ON "Comment"("url");

-- CreateIndex
CREATE INDEX "_CommentToSession_B_index" ON "_CommentToSession"("B");

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_commentId_fkey" FOREIGN KEY ("commentId") REFERENCES "Comment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "Payment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_CommentToSession" ADD CONSTRAINT "_CommentToSession_A_fkey" FOREIGN KEY ("A") REFERENCES "Comment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_CommentToSession" ADD CONSTRAINT "_CommentToSession_B_fkey" FOREIGN KEY ("B") REFERENCES "Session"("id") ON DELETE CASCADE ON UPDATE CASCADE;
