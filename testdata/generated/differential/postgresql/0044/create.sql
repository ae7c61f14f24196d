-- CreateTable
CREATE TABLE "Shipment" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "email" JSONB DEFAULT '{}',

    CONSTRAINT "Shipment_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Region" (
    "id" SERIAL NOT NULL,
    "secret" BIGINT[],

    CONSTRAINT "Region_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Plan" (
    "plan_id" UUID NOT NULL,
    "balance" TIME[],
    "balance2" JSONB NOT NULL DEFAULT '{"a": 1}',
    "label" JSONB,
    "regionId" INTEGER NOT NULL,

    CONSTRAINT "Plan_pkey" PRIMARY KEY ("plan_id")
);

-- CreateTable
CREATE TABLE "Channel" (
    "id" SERIAL NOT NULL,
    "ratio" JSONB NOT NULL,

    CONSTRAINT "Channel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "coupons" (
    "id" SERIAL NOT NULL,
    "payload" INTEGER,
    "expiresAt" DOUBLE PRECISION,
    "status" INTEGER DEFAULT 42,
    "level" DOUBLE PRECISION NOT NULL DEFAULT 1.5,
    "level2" VARCHAR(105) NOT NULL DEFAULT 'a "quoted" word',
    "url" INET NOT NULL,

    CONSTRAINT "coupons_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Member" (
    "planId" UUID NOT NULL,
    "regionId" INTEGER NOT NULL,
    "assignedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Member_pkey" PRIMARY KEY ("planId","regionId")
);

-- CreateIndex
CREATE INDEX "Shipment_email_idx" ON "Shipment" USING GIN ("email" jsonb_path_ops);

-- CreateIndex
CREATE INDEX "Plan_regionId_idx" ON "Plan"("regionId" DESC);

-- CreateIndex
CREATE INDEX "plan_regionid_1_ix" ON "Plan"("regionId");

-- CreateIndex
CREATE INDEX "Channel_ratio_idx" ON "Channel" USING GIN ("ratio");

-- CreateIndex
CREATE INDEX "coupons_level2_idx" ON "coupons"("level2" DESC);

-- CreateIndex
CREATE INDEX "coupon_level2_1_ix" ON "coupons"("level2");

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Member" ADD CONSTRAINT "Member_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("plan_id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Member" ADD CONSTRAINT "Member_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE CASCADE ON UPDATE CASCADE;
