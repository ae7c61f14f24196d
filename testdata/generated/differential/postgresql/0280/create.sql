-- CreateTable
CREATE TABLE "Region" (
    "id" TEXT NOT NULL,
    "color" TIMESTAMP(3) NOT NULL,
    "label" TIME(6),
    "regionId" TEXT,

    CONSTRAINT "Region_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PaymentHistory" (
    "id" BIGSERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "avatar" TIMESTAMP(3),
    "data" INTEGER,
    "version" TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP,
    "paymentHistoryId" BIGINT,

    CONSTRAINT "PaymentHistory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Role" (
    "id" TEXT NOT NULL,
    "isActive" TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP,
    "price" INTEGER,
    "expiresAt" INTEGER,
    "price2" INTEGER NOT NULL,
    "score_col" TEXT NOT NULL DEFAULT 'back\slash',
    "paymentHistoryId" BIGINT,

    CONSTRAINT "Role_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "region_regionid_0_ix" ON "Region"("regionId");

-- CreateIndex
CREATE UNIQUE INDEX "PaymentHistory_email_key" ON "PaymentHistory"("email");

-- CreateIndex
CREATE UNIQUE INDEX "PaymentHistory_paymentHistoryId_key" ON "PaymentHistory"("paymentHistoryId");

-- CreateIndex
CREATE UNIQUE INDEX "PaymentHistory_avatar_version_key" ON "PaymentHistory"("avatar", "version");

-- CreateIndex
CREATE INDEX "Role_paymentHistoryId_expiresAt_idx" ON "Role"("paymentHistoryId", "expiresAt");

-- AddForeignKey
ALTER TABLE "Region" ADD CONSTRAINT "Region_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaymentHistory" ADD CONSTRAINT "PaymentHistory_paymentHistoryId_fkey" FOREIGN KEY ("paymentHistoryId") REFERENCES "PaymentHistory"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Role" ADD CONSTRAINT "role_paymenthistoryid_fk" FOREIGN KEY ("paymentHistoryId") REFERENCES "PaymentHistory"("id") ON DELETE SET NULL ON UPDATE CASCADE;
