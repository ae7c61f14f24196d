-- CreateTable
CREATE TABLE "TaskItem" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "email" TEXT NOT NULL,
    "position" SMALLINT NOT NULL DEFAULT -7,
    "updatedAt" TIMESTAMP(3),
    "flags" VARCHAR NOT NULL,
    "price" TIMETZ(4),
    "raw" circle,

    CONSTRAINT "taskitem_pk" PRIMARY KEY ("number","tenantId")
);

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "hash" INTEGER NOT NULL,
    "color" INTEGER NOT NULL,
    "color2_col" BYTEA NOT NULL,
    "createdAt" UUID,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Review" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "verified" INTEGER NOT NULL DEFAULT -7,
    "code" OID NOT NULL,
    "url" TIMESTAMP(1),
    "balance" BOOLEAN[],
    "couponId" INTEGER NOT NULL,
    "reviewId" INTEGER,
    "userId" INTEGER NOT NULL,

    CONSTRAINT "Review_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Coupon" (
    "id" SERIAL NOT NULL,
    "expiresAt" BIGINT,
    "url" TIMESTAMP(3) DEFAULT now(),
    "slug" BIGINT NOT NULL,
    "url2" BIGINT NOT NULL,

    CONSTRAINT "Coupon_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Message" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "handle" TEXT NOT NULL,
    "flags" BIT(2) NOT NULL DEFAULT '11',
    "price" BIGINT NOT NULL,
    "kind" SMALLINT,
    "title" INTEGER DEFAULT (1 + 2),
    "raw" circle,
    "couponId" INTEGER,

    CONSTRAINT "Message_pkey" PRIMARY KEY ("number","tenantId")
);

-- CreateTable
CREATE TABLE "Log" (
    "userId" INTEGER NOT NULL,
    "reviewId" INTEGER NOT NULL,
    "assignedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Log_pkey" PRIMARY KEY ("userId","reviewId")
);

-- CreateIndex
CREATE UNIQUE INDEX "TaskItem_email_key" ON "TaskItem"("email");

-- CreateIndex
CREATE INDEX "User_color_idx" ON "User"("color");

-- CreateIndex
CREATE UNIQUE INDEX "Review_email_key" ON "Review"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Review_url_key" ON "Review"("url");

-- CreateIndex
CREATE INDEX "Review_couponId_idx" ON "Review"("couponId");

-- CreateIndex
CREATE INDEX "Review_reviewId_idx" ON "Review"("reviewId");

-- CreateIndex
CREATE UNIQUE INDEX "Review_url_code_key" ON "Review"("url", "code");

-- CreateIndex
CREATE UNIQUE INDEX "coupon_expiresat_uq" ON "Coupon"("expiresAt");

-- CreateIndex
CREATE INDEX "Coupon_url_idx" ON "Coupon"("url");

-- CreateIndex
CREATE INDEX "coupon_url_1_ix" ON "Coupon"("url" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Message_handle_key" ON "Message"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "message_kind_uq" ON "Message"("kind");

-- CreateIndex
CREATE UNIQUE INDEX "Message_couponId_key" ON "Message"("couponId");

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_couponId_fkey" FOREIGN KEY ("couponId") REFERENCES "Coupon"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "Review"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Message" ADD CONSTRAINT "Message_couponId_fkey" FOREIGN KEY ("couponId") REFERENCES "Coupon"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Log" ADD CONSTRAINT "Log_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Log" ADD CONSTRAINT "Log_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "Review"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
