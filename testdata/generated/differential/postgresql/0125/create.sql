-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "billing";

-- CreateTable
CREATE TABLE "StoreWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "avatar" DOUBLE PRECISION DEFAULT 1.5,

    CONSTRAINT "StoreWithAVeryLongNameThatGoesOnAndOnForTruncation_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "projects" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "version" TIMESTAMP,
    "score" INET NOT NULL,
    "raw" polygon,

    CONSTRAINT "projects_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "billing"."Address" (
    "id" SERIAL NOT NULL,
    "handle" TEXT NOT NULL,
    "count" MONEY,
    "addressId" INTEGER,
    "projectTenantId" TEXT,
    "projectNumber" INTEGER,

    CONSTRAINT "Address_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "billing"."Refund" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "body" TEXT,

    CONSTRAINT "refund_pk" PRIMARY KEY ("number","tenantId")
);

-- CreateIndex
CREATE INDEX "StoreWithAVeryLongNameThatGoesOnAndOnForTruncation_avatar_idx" ON "StoreWithAVeryLongNameThatGoesOnAndOnForTruncation"("avatar");

-- CreateIndex
CREATE UNIQUE INDEX "projects_version_key" ON "projects"("version");

-- CreateIndex
CREATE UNIQUE INDEX "Address_handle_key" ON "billing"."Address"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "Address_addressId_key" ON "billing"."Address"("addressId");

-- CreateIndex
CREATE UNIQUE INDEX "Refund_body_key" ON "billing"."Refund"("body" DESC);

-- AddForeignKey
ALTER TABLE "billing"."Address" ADD CONSTRAINT "Address_addressId_fkey" FOREIGN KEY ("addressId") REFERENCES "billing"."Address"("id") ON DELETE SET DEFAULT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "billing"."Address" ADD CONSTRAINT "Address_projectTenantId_projectNumber_fkey" FOREIGN KEY ("projectTenantId", "projectNumber") REFERENCES "projects"("tenantId", "number") ON DELETE SET NULL ON UPDATE CASCADE;
