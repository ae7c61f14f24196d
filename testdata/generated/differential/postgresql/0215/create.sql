-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "auth";

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "extra";

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "citext";

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "hstore";

-- CreateTable
CREATE TABLE "extra"."Profile" (
    "id" UUID NOT NULL,
    "flags" BOOLEAN[] DEFAULT ARRAY[true, false]::BOOLEAN[],
    "size_col" TIMESTAMP(3) NOT NULL,
    "title" BYTEA,
    "endsAt" REAL NOT NULL DEFAULT 0,
    "status" TEXT NOT NULL,
    "couponId" INTEGER NOT NULL,

    CONSTRAINT "Profile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "extra"."Coupon" (
    "id" SERIAL NOT NULL,
    "code_col" TIMESTAMP(3),

    CONSTRAINT "Coupon_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "auth"."Message" (
    "id" SERIAL NOT NULL,
    "title" DECIMAL DEFAULT 1.5,
    "status" DATE NOT NULL,
    "position" DECIMAL(65,30) DEFAULT 0,
    "position2_col" TIMESTAMPTZ(0) NOT NULL DEFAULT (now() + '1 day'::interval),
    "createdAt" BIGINT NOT NULL,
    "messageId" INTEGER,

    CONSTRAINT "Message_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "extra"."Audit" (
    "id" SERIAL NOT NULL,
    "code" JSONB NOT NULL,

    CONSTRAINT "Audit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "extra"."_ProfileToCoupon477" (
    "A" INTEGER NOT NULL,
    "B" UUID NOT NULL,

    CONSTRAINT "_ProfileToCoupon477_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "Profile_size_col_key" ON "extra"."Profile"("size_col" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Profile_couponId_key" ON "extra"."Profile"("couponId");

-- CreateIndex
CREATE INDEX "Coupon_code_col_idx" ON "extra"."Coupon"("code_col");

-- CreateIndex
CREATE INDEX "Message_messageId_idx" ON "auth"."Message"("messageId");

-- CreateIndex
CREATE INDEX "Message_createdAt_idx" ON "auth"."Message"("createdAt");

-- CreateIndex
CREATE INDEX "message_createdat_1_ix" ON "auth"."Message"("createdAt" DESC, "messageId");

-- CreateIndex
CREATE INDEX "Audit_code_idx" ON "extra"."Audit" USING GIN ("code");

-- CreateIndex
CREATE INDEX "_ProfileToCoupon477_B_index" ON "extra"."_ProfileToCoupon477"("B");

-- AddForeignKey
ALTER TABLE "extra"."Profile" ADD CONSTRAINT "Profile_couponId_fkey" FOREIGN KEY ("couponId") REFERENCES "extra"."Coupon"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "auth"."Message" ADD CONSTRAINT "Message_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "auth"."Message"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "extra"."_ProfileToCoupon477" ADD CONSTRAINT "_ProfileToCoupon477_A_fkey" FOREIGN KEY ("A") REFERENCES "extra"."Coupon"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "extra"."_ProfileToCoupon477" ADD CONSTRAINT "_ProfileToCoupon477_B_fkey" FOREIGN KEY ("B") REFERENCES "extra"."Profile"("id") ON DELETE CASCADE ON UPDATE CASCADE;
