-- CreateEnum
CREATE TYPE "LogKind" AS ENUM ('LOW', 'draft');

-- CreateEnum
CREATE TYPE "AuditKind" AS ENUM ('INACTIVE', 'PENDING', 'HIGH');

-- CreateTable
CREATE TABLE "Project" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "price" DOUBLE PRECISION NOT NULL,
    "expiresAt" BIT(6) NOT NULL,
    "auditKind" "AuditKind" NOT NULL,

    CONSTRAINT "project_pk" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Channel" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "payload" TIMESTAMPTZ(3)[],
    "weight" SMALLINT,
    "createdAt" INTEGER NOT NULL,
    "auditKind" "AuditKind" DEFAULT 'PENDING',

    CONSTRAINT "Channel_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Project_auditKind_idx" ON "Project"("auditKind");

-- CreateIndex
CREATE INDEX "Project_expiresAt_idx" ON "Project"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "project_pair_key" ON "Project"("expiresAt", "auditKind");

-- CreateIndex
CREATE UNIQUE INDEX "Channel_slug_key" ON "Channel"("slug");
