-- CreateEnum
CREATE TYPE "ProfileKind" AS ENUM ('active_value', 'ARCHIVED');

-- CreateTable
CREATE TABLE "Channel2" (
    "id" BIGSERIAL NOT NULL,
    "expiresAt" TIMETZ(0)[],
    "version" JSON NOT NULL DEFAULT '{"a": 1}',
    "isActive" JSON NOT NULL,
    "profileKind" "ProfileKind" DEFAULT 'active_value',

    CONSTRAINT "Channel2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "payments" (
    "id" BIGSERIAL NOT NULL,
    "count" JSONB,
    "endsAt" BYTEA NOT NULL,
    "ratingId" INTEGER,

    CONSTRAINT "payments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Address" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "updatedAt" INET[],
    "startsAt" TIME(5),
    "updatedAt2" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Address_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Rating" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "updatedAt" MONEY,
    "payload" OID[],
    "kind" JSONB NOT NULL DEFAULT '[]',
    "expiresAt" INTEGER,
    "profileKind" "ProfileKind" NOT NULL,

    CONSTRAINT "Rating_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Post" (
    "post_id" TEXT NOT NULL,
    "data" XML,
    "verified" INTEGER NOT NULL,
    "isactive_col" BIGINT DEFAULT 0,
    "profileKind" "ProfileKind" NOT NULL DEFAULT 'active_value',
    "paymentId" BIGINT NOT NULL,
    "postId" TEXT,

    CONSTRAINT "Post_pkey" PRIMARY KEY ("post_id")
);

-- CreateIndex
CREATE INDEX "channel2_profilekind_0_ix" ON "Channel2"("profileKind");

-- CreateIndex
CREATE INDEX "channel2_profilekind_1_ix" ON "Channel2"("profileKind" DESC);

-- CreateIndex
CREATE INDEX "payments_count_idx" ON "payments" USING GIN ("count" jsonb_path_ops);

-- CreateIndex
CREATE INDEX "Address_startsAt_idx" ON "Address"("startsAt");

-- CreateIndex
CREATE INDEX "address_startsat_1_ix" ON "Address" USING BRIN ("startsAt");

-- CreateIndex
CREATE INDEX "Address_updatedAt_idx" ON "Address" USING GIN ("updatedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Rating_email_key" ON "Rating"("email");

-- CreateIndex
CREATE INDEX "Rating_email_idx" ON "Rating" USING HASH ("email");

-- CreateIndex
CREATE UNIQUE INDEX "Post_isactive_col_profileKind_key" ON "Post"("isactive_col", "profileKind");

-- AddForeignKey
ALTER TABLE "payments" ADD CONSTRAINT "payments_ratingId_fkey" FOREIGN KEY ("ratingId") REFERENCES "Rating"("id") ON DELETE SET DEFAULT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Post" ADD CONSTRAINT "Post_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "payments"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Post" ADD CONSTRAINT "Post_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post"("post_id") ON DELETE SET NULL ON UPDATE RESTRICT;
