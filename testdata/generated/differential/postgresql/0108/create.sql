-- CreateTable
CREATE TABLE "Rating2" (
    "id" TEXT NOT NULL,
    "weight_col" BIGINT NOT NULL,
    "expiresAt" TEXT NOT NULL,
    "slug" DOUBLE PRECISION[] DEFAULT ARRAY[1.5]::DOUBLE PRECISION[],
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "rating2_primary" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Profile" (
    "id" BIGSERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "endsAt" JSONB NOT NULL DEFAULT '[]',
    "verified" INTEGER NOT NULL,
    "email2_col" JSONB NOT NULL DEFAULT '{"a": 1}',
    "verified2" BOOLEAN,
    "flags_col" MONEY,
    "publishedAt" TEXT DEFAULT 'back\slash',
    "regionEmail" TEXT NOT NULL,

    CONSTRAINT "Profile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "regions" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "email" TEXT NOT NULL,
    "email2" JSONB NOT NULL,
    "url_col" DOUBLE PRECISION NOT NULL DEFAULT 1.5,
    "amount" DOUBLE PRECISION NOT NULL,
    "title" BIGINT NOT NULL,
    "label_col" BIGINT NOT NULL DEFAULT 0,
    "raw" tsquery,
    "regionTenantId" TEXT,
    "regionNumber" INTEGER,

    CONSTRAINT "regions_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Order" (
    "regionTenantId" TEXT NOT NULL,
    "regionNumber" INTEGER NOT NULL,
    "profileId" BIGINT NOT NULL,
    "assignedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Order_pkey" PRIMARY KEY ("regionTenantId","regionNumber","profileId")
);

-- CreateIndex
CREATE INDEX "Rating2_weight_col_idx" ON "Rating2"("weight_col");

-- CreateIndex
CREATE UNIQUE INDEX "Profile_email_key" ON "Profile"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Profile_regionEmail_key" ON "Profile"("regionEmail");

-- CreateIndex
CREATE INDEX "Profile_flags_col_publishedAt_idx" ON "Profile"("flags_col", "publishedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Profile_publishedAt_verified2_key" ON "Profile"("publishedAt", "verified2");

-- CreateIndex
CREATE UNIQUE INDEX "regions_email_key" ON "regions"("email");

-- AddForeignKey
ALTER TABLE "Profile" ADD CONSTRAINT "Profile_regionEmail_fkey" FOREIGN KEY ("regionEmail") REFERENCES "regions"("email") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "regions" ADD CONSTRAINT "region_regiontenantid_fk" FOREIGN KEY ("regionTenantId", "regionNumber") REFERENCES "regions"("tenantId", "number") ON DELETE SET DEFAULT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_regionTenantId_regionNumber_fkey" FOREIGN KEY ("regionTenantId", "regionNumber") REFERENCES "regions"("tenantId", "number") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "Profile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
