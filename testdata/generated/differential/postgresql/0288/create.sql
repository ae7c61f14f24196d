-- CreateEnum
CREATE TYPE "TeamKind" AS ENUM ('Published', 'draft', 'INACTIVE');

-- CreateTable
CREATE TABLE "User" (
    "id" SMALLINT NOT NULL,
    "ratio" TEXT,
    "code" DOUBLE PRECISION DEFAULT 1.5,
    "code2" DECIMAL(65,30) NOT NULL,
    "teamKind" "TeamKind" NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Payment" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "handle" TEXT NOT NULL,
    "price" DECIMAL[],
    "isactive_col" UUID NOT NULL DEFAULT '8b0f2c1e-7a3d-4c55-9b1a-2f6e7d8c9a0b',
    "updatedAt" TEXT NOT NULL,
    "endsAt" OID DEFAULT 66,
    "teamKind" "TeamKind" NOT NULL,
    "userId" SMALLINT,
    "paymentid_ref" UUID,

    CONSTRAINT "Payment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Log" (
    "id" SERIAL NOT NULL,
    "flags" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "weight" REAL NOT NULL,
    "payload" TIMESTAMP(3),
    "label" BOOLEAN,
    "weight2" DECIMAL(65,30) NOT NULL DEFAULT 1.5,
    "color" TIMESTAMPTZ NOT NULL,
    "teamKind" "TeamKind"[] DEFAULT ARRAY['Published']::"TeamKind"[],

    CONSTRAINT "Log_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_code2_key" ON "User"("code2" DESC);

-- CreateIndex
CREATE INDEX "User_ratio_idx" ON "User"("ratio");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_handle_key" ON "Payment"("handle");

-- CreateIndex
CREATE INDEX "Payment_userId_idx" ON "Payment"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_endsAt_updatedAt_key" ON "Payment"("endsAt", "updatedAt");

-- CreateIndex
CREATE INDEX "log_color_0_ix" ON "Log"("color" DESC, "weight2");

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_paymentid_ref_fkey" FOREIGN KEY ("paymentid_ref") REFERENCES "Payment"("id") ON DELETE SET NULL ON UPDATE CASCADE;
