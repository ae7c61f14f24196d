-- CreateTable
CREATE TABLE "Account" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "slug" BOOLEAN,
    "rank" TIME(3),
    "raw" tsquery,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "posts" (
    "id" INTEGER NOT NULL,
    "status" TIMESTAMP(3) NOT NULL,
    "amount" TEXT DEFAULT 'a "quoted" word',
    "meta" BIGINT NOT NULL,
    "status2" BIGINT NOT NULL DEFAULT 0,
    "expiresat_col" TIMESTAMP(3)[],
    "startsAt" DECIMAL(65,30) NOT NULL DEFAULT 0,
    "logId" INTEGER NOT NULL,
    "accountTenantId" TEXT,
    "accountNumber" INTEGER,

    CONSTRAINT "posts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Plan" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "kind" INET NOT NULL,
    "color" DECIMAL(65,30) NOT NULL,
    "color2" DOUBLE PRECISION[] DEFAULT ARRAY[1.5]::DOUBLE PRECISION[],
    "kind2" CHAR(19) DEFAULT 'abcdefgh',
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "logId" INTEGER NOT NULL,

    CONSTRAINT "Plan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Log" (
    "id" SERIAL NOT NULL,
    "email" DOUBLE PRECISION NOT NULL,
    "slug" DOUBLE PRECISION NOT NULL DEFAULT 1.5,
    "planId" UUID,
    "accountTenantId" TEXT,
    "accountnumber_ref" INTEGER,

    CONSTRAINT "Log_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "account_slug_0_ix" ON "Account"("slug" DESC, "rank");

-- CreateIndex
CREATE INDEX "Account_tenantId_idx" ON "Account" USING SPGIST ("tenantId");

-- CreateIndex
CREATE INDEX "posts_accountTenantId_accountNumber_idx" ON "posts"("accountTenantId", "accountNumber");

-- CreateIndex
CREATE INDEX "posts_startsAt_status_idx" ON "posts"("startsAt" DESC, "status");

-- CreateIndex
CREATE INDEX "posts_meta_idx" ON "posts"("meta" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Plan_kind_key" ON "Plan"("kind");

-- CreateIndex
CREATE INDEX "Plan_kind_idx" ON "Plan" USING GIST ("kind" inet_ops);

-- CreateIndex
CREATE INDEX "Log_planId_idx" ON "Log"("planId");

-- CreateIndex
CREATE INDEX "Log_slug_idx" ON "Log"("slug");

-- CreateIndex
CREATE INDEX "Log_slug_accountTenantId_idx" ON "Log"("slug", "accountTenantId");

-- AddForeignKey
ALTER TABLE "posts" ADD CONSTRAINT "posts_logId_fkey" FOREIGN KEY ("logId") REFERENCES "Log"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "posts" ADD CONSTRAINT "posts_accountTenantId_accountNumber_fkey" FOREIGN KEY ("accountTenantId", "accountNumber") REFERENCES "Account"("tenantId", "number") ON DELETE SET DEFAULT ON UPDATE SET DEFAULT;

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_logId_fkey" FOREIGN KEY ("logId") REFERENCES "Log"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Log" ADD CONSTRAINT "Log_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Log" ADD CONSTRAINT "Log_accountTenantId_accountnumber_ref_fkey" FOREIGN KEY ("accountTenantId", "accountnumber_ref") REFERENCES "Account"("tenantId", "number") ON DELETE RESTRICT ON UPDATE SET NULL;
