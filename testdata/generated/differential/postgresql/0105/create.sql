-- CreateTable
CREATE TABLE "Audit" (
    "id" INTEGER NOT NULL,
    "kind" TIMESTAMP NOT NULL DEFAULT '2024-01-02 03:04:05 +00:00',
    "secret" INTEGER NOT NULL DEFAULT 42,
    "publishedAt" BIGINT[],
    "rank_col" DECIMAL(65,30) NOT NULL,
    "updatedAt" DECIMAL(65,30) NOT NULL DEFAULT 1.5,
    "raw" box,
    "auditId" INTEGER,
    "auditId2" INTEGER,

    CONSTRAINT "Audit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Store" (
    "id" TEXT NOT NULL,
    "weight" DOUBLE PRECISION NOT NULL DEFAULT -2.25,

    CONSTRAINT "Store_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "audit_kind_0_ix" ON "Audit"("kind");

-- CreateIndex
CREATE INDEX "store_weight_0_ix" ON "Store"("weight" DESC);

-- CreateIndex
CREATE INDEX "Store_weight_idx" ON "Store"("weight");

-- AddForeignKey
ALTER TABLE "Audit" ADD CONSTRAINT "Audit_auditId_fkey" FOREIGN KEY ("auditId") REFERENCES "Audit"("id") ON DELETE SET DEFAULT ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Audit" ADD CONSTRAINT "Audit_auditId2_fkey" FOREIGN KEY ("auditId2") REFERENCES "Audit"("id") ON DELETE SET NULL ON UPDATE CASCADE;
