-- CreateTable
CREATE TABLE "Token" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "amount" BIGINT NOT NULL,
    "paymentId" TEXT,

    CONSTRAINT "Token_pkey" PRIMARY KEY ("number","tenantId")
);

-- CreateTable
CREATE TABLE "carts" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "score" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" INTEGER DEFAULT (1 + 2),
    "endsat_col" DOUBLE PRECISION NOT NULL,
    "color" TEXT NOT NULL,
    "color2" TEXT NOT NULL,
    "title" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "carts_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Payment" (
    "id" TEXT NOT NULL,
    "weight" INTEGER,
    "title_col" BYTEA NOT NULL,
    "paymentid_ref" TEXT,

    CONSTRAINT "Payment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "color" JSONB DEFAULT '{"a": 1}',
    "name" TEXT,
    "endsAt" UUID NOT NULL DEFAULT '8b0f2c1e-7a3d-4c55-9b1a-2f6e7d8c9a0b',
    "status" DOUBLE PRECISION NOT NULL,
    "endsAt2" BYTEA,
    "name2" TEXT DEFAULT 'back\slash',

    CONSTRAINT "User_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateIndex
CREATE INDEX "Token_paymentId_idx" ON "Token"("paymentId");

-- CreateIndex
CREATE INDEX "token_paymentid_0_ix" ON "Token"("paymentId");

-- CreateIndex
CREATE UNIQUE INDEX "carts_slug_key" ON "carts"("slug");

-- CreateIndex
CREATE INDEX "carts_slug_title_idx" ON "carts"("slug", "title");

-- CreateIndex
CREATE INDEX "Payment_paymentid_ref_weight_idx" ON "Payment"("paymentid_ref", "weight");

-- CreateIndex
CREATE INDEX "Payment_paymentid_ref_idx" ON "Payment" USING HASH ("paymentid_ref");

-- CreateIndex
CREATE UNIQUE INDEX "user_status_uq" ON "User"("status");

-- CreateIndex
CREATE INDEX "User_status_idx" ON "User"("status");

-- CreateIndex
CREATE INDEX "User_tenantId_idx" ON "User" USING SPGIST ("tenantId");

-- AddForeignKey
ALTER TABLE "Token" ADD CONSTRAINT "Token_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "Payment"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_paymentid_ref_fkey" FOREIGN KEY ("paymentid_ref") REFERENCES "Payment"("id") ON DELETE SET NULL ON UPDATE NO ACTION;
