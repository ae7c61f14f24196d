-- CreateEnum
CREATE TYPE "RatingKind" AS ENUM ('PENDING');

-- CreateEnum
CREATE TYPE "ReviewKind" AS ENUM ('ACTIVE', 'published_value');

-- CreateTable
CREATE TABLE "Category" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "count" TEXT DEFAULT 'a "quoted" word',
    "name" DECIMAL,
    "raw" tsvector,

    CONSTRAINT "Category_pkey" PRIMARY KEY ("number","tenantId")
);

-- CreateTable
CREATE TABLE "Project" (
    "id" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "categoryNumber" INTEGER NOT NULL,
    "categoryTenantId" TEXT NOT NULL,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "category_count_0_ix" ON "Category"("count" DESC);

-- CreateIndex
CREATE INDEX "Category_name_idx" ON "Category"("name");

-- CreateIndex
CREATE INDEX "Project_categoryNumber_categoryTenantId_idx" ON "Project"("categoryNumber", "categoryTenantId");

-- CreateIndex
CREATE INDEX "Project_categoryNumber_idx" ON "Project"("categoryNumber");
