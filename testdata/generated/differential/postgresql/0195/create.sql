-- CreateEnum
CREATE TYPE "ItemKind" AS ENUM ('draft', 'archived_value');

-- CreateTable
CREATE TABLE "Log" (
    "id" SERIAL NOT NULL,
    "status" DOUBLE PRECISION NOT NULL,
    "meta" BOOLEAN NOT NULL DEFAULT false,
    "total_col" VARBIT DEFAULT '1111',
    "balance" DECIMAL,
    "itemKind" "ItemKind" NOT NULL DEFAULT 'draft',
    "logId" INTEGER,

    CONSTRAINT "Log_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Audit" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "body" TEXT,
    "code" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startsAt" BYTEA,
    "kind" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "flags_col" DECIMAL NOT NULL,
    "createdAt" TIMESTAMP NOT NULL,

    CONSTRAINT "Audit_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Product" (
    "id" SERIAL NOT NULL,
    "meta" DECIMAL(19,1) NOT NULL,

    CONSTRAINT "Product_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Log_total_col_balance_key" ON "Log"("total_col", "balance");

-- CreateIndex
CREATE INDEX "Audit_kind_idx" ON "Audit"("kind");

-- CreateIndex
CREATE INDEX "Audit_tenantId_idx" ON "Audit" USING SPGIST ("tenantId");

-- CreateIndex
CREATE UNIQUE INDEX "Product_meta_key" ON "Product"("meta");

-- CreateIndex
CREATE INDEX "Product_meta_idx" ON "Product"("meta" DESC);

-- CreateIndex
CREATE INDEX "product_meta_1_ix" ON "Product"("meta");

-- AddForeignKey
ALTER TABLE "Log" ADD CONSTRAINT "Log_logId_fkey" FOREIGN KEY ("logId") REFERENCES "Log"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;
