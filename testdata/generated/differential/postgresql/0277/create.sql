-- CreateTable
CREATE TABLE "regions" (
    "id" TEXT NOT NULL,
    "status" BOOLEAN,
    "level" BYTEA,
    "name" TIMESTAMP(3)[],
    "rank" INET[],
    "raw" polygon,
    "sessionTenantId" TEXT NOT NULL,
    "sessionnumber_ref" INTEGER NOT NULL,
    "sessionTenantId2" TEXT NOT NULL,
    "sessionNumber2" INTEGER NOT NULL,
    "sessionTenantId3" TEXT NOT NULL,
    "sessionNumber3" INTEGER NOT NULL,
    "userEntryId" INTEGER,

    CONSTRAINT "regions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "userentrys" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "secret" JSON,
    "flags" BIT,
    "kind" DOUBLE PRECISION NOT NULL,
    "url" BIT(1)[] DEFAULT ARRAY[]::BIT(1)[],
    "amount" JSONB DEFAULT '{"a": 1}',
    "count" DECIMAL(65,30) DEFAULT 0,

    CONSTRAINT "userentrys_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "email" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "weight" INTEGER NOT NULL,
    "level" DOUBLE PRECISION DEFAULT 0,
    "price" JSONB,
    "note" MONEY NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "session_pk" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Store_v2" (
    "id" SERIAL NOT NULL,
    "price" OID NOT NULL,
    "price2" CHAR(12) NOT NULL DEFAULT 'abcdefgh',
    "flags" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Store_v2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Store" (
    "id" INTEGER NOT NULL,
    "score_col" DECIMAL(65,30) NOT NULL,
    "verified" INTEGER NOT NULL DEFAULT (1 + 2),
    "email" TEXT,

    CONSTRAINT "Store_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Order" (
    "regionId" TEXT NOT NULL,
    "userEntryId" INTEGER NOT NULL,
    "assignedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "store_v2id_ref" INTEGER NOT NULL,

    CONSTRAINT "Order_pkey" PRIMARY KEY ("regionId","userEntryId")
);

-- CreateIndex
CREATE INDEX "regions_sessionTenantId3_sessionNumber3_idx" ON "regions"("sessionTenantId3", "sessionNumber3");

-- CreateIndex
CREATE INDEX "regions_userEntryId_idx" ON "regions"("userEntryId");

-- CreateIndex
CREATE INDEX "regions_status_idx" ON "regions"("status");

-- CreateIndex
CREATE INDEX "regions_sessionTenantId2_userEntryId_idx" ON "regions"("sessionTenantId2", "userEntryId");

-- CreateIndex
CREATE UNIQUE INDEX "userentrys_email_key" ON "userentrys"("email");

-- CreateIndex
CREATE INDEX "userentrys_flags_idx" ON "userentrys"("flags");

-- CreateIndex
CREATE INDEX "userentry_flags_1_ix" ON "userentrys"("flags");

-- CreateIndex
CREATE INDEX "Session_weight_idx" ON "Session" USING BRIN ("weight");

-- CreateIndex
CREATE INDEX "Session_tenantId_idx" ON "Session" USING SPGIST ("tenantId");

-- CreateIndex
CREATE UNIQUE INDEX "Store_v2_price2_key" ON "Store_v2"("price2");

-- CreateIndex
CREATE UNIQUE INDEX "Order_store_v2id_ref_key" ON "Order"("store_v2id_ref");

-- AddForeignKey
ALTER TABLE "regions" ADD CONSTRAINT "regions_sessionTenantId_sessionnumber_ref_fkey" FOREIGN KEY ("sessionTenantId", "sessionnumber_ref") REFERENCES "Session"("tenantId", "number") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "regions" ADD CONSTRAINT "regions_sessionTenantId2_sessionNumber2_fkey" FOREIGN KEY ("sessionTenantId2", "sessionNumber2") REFERENCES "Session"("tenantId", "number") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "regions" ADD CONSTRAINT "regions_sessionTenantId3_sessionNumber3_fkey" FOREIGN KEY ("sessionTenantId3", "sessionNumber3") REFERENCES "Session"("tenantId", "number") ON DELETE RESTRICT ON UPDATE SET DEFAULT;

-- AddForeignKey
ALTER TABLE "regions" ADD CONSTRAINT "regions_userEntryId_fkey" FOREIGN KEY ("userEntryId") REFERENCES "userentrys"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "regions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_userEntryId_fkey" FOREIGN KEY ("userEntryId") REFERENCES "userentrys"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_store_v2id_ref_fkey" FOREIGN KEY ("store_v2id_ref") REFERENCES "Store_v2"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;
