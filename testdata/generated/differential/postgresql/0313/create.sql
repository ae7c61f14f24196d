-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "app";

-- CreateEnum
CREATE TYPE "app"."CouponKind" AS ENUM ('PENDING');

-- CreateTable
CREATE TABLE "app"."Session" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "flags" BOOLEAN NOT NULL,
    "ratio" INTEGER DEFAULT (1 + 2),
    "weight" BIGINT[],
    "couponKind" "app"."CouponKind" NOT NULL DEFAULT 'PENDING',
    "raw" interval,
    "sessionTenantId" TEXT,
    "sessionNumber" INTEGER,
    "categoryId" UUID NOT NULL,

    CONSTRAINT "session_pk" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Product" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "startsAt" DECIMAL NOT NULL DEFAULT 2.25,
    "data" TEXT NOT NULL,
    "code" BOOLEAN,
    "couponKind" "app"."CouponKind"[],
    "categoryId" UUID,

    CONSTRAINT "product_pk" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "CategoryWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" UUID NOT NULL,
    "email" BIGINT,
    "color" TIMESTAMP(3) NOT NULL,
    "couponKind" "app"."CouponKind" DEFAULT 'PENDING',

    CONSTRAINT "CategoryWithAVeryLongNameThatGoesOnAndOnForTruncation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "session_couponkind_0_ix" ON "app"."Session"("couponKind");

-- CreateIndex
CREATE INDEX "Product_categoryId_idx" ON "Product"("categoryId");

-- CreateIndex
CREATE UNIQUE INDEX "product_pair_key" ON "Product"("data", "startsAt");

-- CreateIndex
CREATE INDEX "CategoryWithAVeryLongNameThatGoesOnAndOnForTruncation_color_idx" ON "CategoryWithAVeryLongNameThatGoesOnAndOnForTruncation"("color" DESC);

-- CreateIndex
CREATE INDEX "categorywithaverylongnamethatgoesonandon_couponkind_1_ix" ON "CategoryWithAVeryLongNameThatGoesOnAndOnForTruncation"("couponKind", "email");

-- CreateIndex
CREATE UNIQUE INDEX "CategoryWithAVeryLongNameThatGoesOnAndOnForTruncation_coupo_key" ON "CategoryWithAVeryLongNameThatGoesOnAndOnForTruncation"("couponKind", "color");

-- AddForeignKey
ALTER TABLE "app"."Session" ADD CONSTRAINT "Session_sessionTenantId_sessionNumber_fkey" FOREIGN KEY ("sessionTenantId", "sessionNumber") REFERENCES "app"."Session"("tenantId", "number") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "app"."Session" ADD CONSTRAINT "Session_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "CategoryWithAVeryLongNameThatGoesOnAndOnForTruncation"("id") ON DELETE SET DEFAULT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Product" ADD CONSTRAINT "Product_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "CategoryWithAVeryLongNameThatGoesOnAndOnForTruncation"("id") ON DELETE SET NULL ON UPDATE SET DEFAULT;
