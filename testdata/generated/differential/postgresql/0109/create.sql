-- CreateEnum
CREATE TYPE "ProfileKind" AS ENUM ('Published');

-- CreateTable
CREATE TABLE "RoleWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" TEXT NOT NULL,
    "updatedAt" JSONB NOT NULL DEFAULT '[]',
    "position" BYTEA,
    "avatar" DOUBLE PRECISION NOT NULL DEFAULT -2.25,
    "hash" OID NOT NULL DEFAULT 52,
    "ratio" TIMESTAMP(3) NOT NULL,
    "profileKind" "ProfileKind" NOT NULL DEFAULT 'Published',
    "paymentId" INTEGER NOT NULL,

    CONSTRAINT "RoleWithAVeryLongNameThatGoesOnAndOnForTruncation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Log" (
    "id" TEXT NOT NULL,
    "count" BIGINT DEFAULT 0,
    "color" INTEGER NOT NULL,
    "verified_col" TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP,
    "kind" DOUBLE PRECISION,
    "note_col" TIMESTAMP(3),
    "startsAt" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Log_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Payment" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" JSONB DEFAULT '[]',
    "size" OID[] DEFAULT ARRAY[]::OID[],
    "hash" TIME NOT NULL,
    "flags" BIGINT NOT NULL DEFAULT 1234567890123,
    "profileKind" "ProfileKind" NOT NULL DEFAULT 'Published',
    "raw" cidr,

    CONSTRAINT "Payment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RoleWithAVeryLongNameThatGoesOnAndOnForTruncation_paymentId_key" ON "RoleWithAVeryLongNameThatGoesOnAndOnForTruncation"("paymentId");

-- CreateIndex
CREATE INDEX "rolewithaverylongnamethatgoesonandonfort_ratio_0_ix" ON "RoleWithAVeryLongNameThatGoesOnAndOnForTruncation"("ratio" DESC);

-- CreateIndex
CREATE INDEX "RoleWithAVeryLongNameThatGoesOnAndOnForTruncation_hash_idx" ON "RoleWithAVeryLongNameThatGoesOnAndOnForTruncation" USING BRIN ("hash");

-- CreateIndex
CREATE INDEX "rolewithaverylongnamethatgoesonandonfort_id_sx" ON "RoleWithAVeryLongNameThatGoesOnAndOnForTruncation" USING SPGIST ("id");

-- CreateIndex
CREATE UNIQUE INDEX "log_verified_uq" ON "Log"("verified_col");

-- CreateIndex
CREATE INDEX "Log_id_idx" ON "Log" USING SPGIST ("id");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_slug_key" ON "Payment"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "payment_hash_uq" ON "Payment"("hash");

-- CreateIndex
CREATE INDEX "Payment_hash_idx" ON "Payment"("hash" DESC);

-- CreateIndex
CREATE INDEX "Payment_slug_idx" ON "Payment" USING SPGIST ("slug");

-- CreateIndex
CREATE UNIQUE INDEX "payment_pair_key" ON "Payment"("flags", "slug");

-- AddForeignKey
ALTER TABLE "RoleWithAVeryLongNameThatGoesOnAndOnForTruncation" ADD CONSTRAINT "RoleWithAVeryLongNameThatGoesOnAndOnForTruncation_paymentI_fkey" FOREIGN KEY ("paymentId") REFERENCES "Payment"("id") ON DELETE RESTRICT ON UPDATE SET DEFAULT;
