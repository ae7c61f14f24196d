-- CreateTable
CREATE TABLE "Token" (
    "token_id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "version" JSONB,
    "body" BYTEA NOT NULL,
    "endsAt" REAL,
    "flags" OID NOT NULL DEFAULT 4,
    "tokenslug_ref" TEXT,

    CONSTRAINT "Token_pkey" PRIMARY KEY ("token_id")
);

-- CreateTable
CREATE TABLE "Invoice" (
    "id" SERIAL NOT NULL,
    "balance" TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    "meta" TIMESTAMP DEFAULT '2024-01-02 03:04:05 +00:00',
    "status" BOOLEAN NOT NULL,
    "status2" TIME(2),
    "level" DATE NOT NULL,
    "code" TIMESTAMP(3),

    CONSTRAINT "Invoice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Plan" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "score" BYTEA NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "tokenId" TEXT,

    CONSTRAINT "plan_pk" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Region" (
    "id" SERIAL NOT NULL,
    "slug_col" DOUBLE PRECISION NOT NULL DEFAULT -2.25,
    "secret" JSON NOT NULL DEFAULT '{}',
    "name" TIME(0) NOT NULL,
    "createdAt" BYTEA,
    "updatedAt" TEXT NOT NULL,

    CONSTRAINT "Region_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Post" (
    "planTenantId" TEXT NOT NULL,
    "planNumber" INTEGER NOT NULL,
    "tokenSlug" TEXT NOT NULL,
    "assignedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Post_pkey" PRIMARY KEY ("planTenantId","planNumber","tokenSlug")
);

-- CreateIndex
CREATE UNIQUE INDEX "Token_slug_key" ON "Token"("slug");

-- CreateIndex
CREATE INDEX "Token_slug_idx" ON "Token" USING HASH ("slug");

-- CreateIndex
CREATE INDEX "token_slug_1_ix" ON "Token"("slug");

-- CreateIndex
CREATE INDEX "Invoice_status2_idx" ON "Invoice"("status2");

-- CreateIndex
CREATE INDEX "Invoice_status_balance_idx" ON "Invoice"("status", "balance");

-- CreateIndex
CREATE INDEX "Plan_tenantId_idx" ON "Plan" USING SPGIST ("tenantId");

-- CreateIndex
CREATE UNIQUE INDEX "Region_slug_col_key" ON "Region"("slug_col");

-- CreateIndex
CREATE UNIQUE INDEX "Region_slug_col_name_key" ON "Region"("slug_col", "name");

-- CreateIndex
CREATE INDEX "Post_tokenSlug_idx" ON "Post" USING SPGIST ("tokenSlug");

-- AddForeignKey
ALTER TABLE "Token" ADD CONSTRAINT "Token_tokenslug_ref_fkey" FOREIGN KEY ("tokenslug_ref") REFERENCES "Token"("slug") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_tokenId_fkey" FOREIGN KEY ("tokenId") REFERENCES "Token"("token_id") ON DELETE SET DEFAULT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Post" ADD CONSTRAINT "Post_planTenantId_planNumber_fkey" FOREIGN KEY ("planTenantId", "planNumber") REFERENCES "Plan"("tenantId", "number") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Post" ADD CONSTRAINT "Post_tokenSlug_fkey" FOREIGN KEY ("tokenSlug") REFERENCES "Token"("slug") ON DELETE RESTRICT ON UPDATE CASCADE;
