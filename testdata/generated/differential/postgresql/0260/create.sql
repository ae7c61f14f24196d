-- CreateTable
CREATE TABLE "teams" (
    "id" SERIAL NOT NULL,
    "body" DOUBLE PRECISION DEFAULT 1.5,
    "status" BIGINT,

    CONSTRAINT "teams_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Plan" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "size" BOOLEAN[],
    "color_col" TIMESTAMP(3) NOT NULL,
    "data_col" BYTEA,

    CONSTRAINT "Plan_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "TokenItem" (
    "teamId" INTEGER NOT NULL,
    "planTenantId" TEXT NOT NULL,
    "planNumber" INTEGER NOT NULL,
    "assignedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TokenItem_pkey" PRIMARY KEY ("teamId","planTenantId","planNumber")
);

-- CreateIndex
CREATE INDEX "teams_body_idx" ON "teams"("body" DESC);

-- CreateIndex
CREATE INDEX "teams_status_idx" ON "teams"("status" DESC);

-- CreateIndex
CREATE INDEX "TokenItem_planTenantId_idx" ON "TokenItem" USING SPGIST ("planTenantId");
