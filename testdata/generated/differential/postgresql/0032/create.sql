-- CreateEnum
CREATE TYPE "PlanKind" AS ENUM ('ACTIVE', 'INACTIVE', 'ARCHIVED');

-- CreateTable
CREATE TABLE "Audit" (
    "id" SMALLSERIAL NOT NULL,
    "size" TIMETZ NOT NULL,
    "planKind" "PlanKind" DEFAULT 'ARCHIVED',

    CONSTRAINT "Audit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "label" TIMESTAMP(3)[],
    "endsAt" BIGINT NOT NULL DEFAULT 0,
    "rank" JSONB NOT NULL DEFAULT '{"a": 1}',
    "payload" INTEGER[],
    "price_col" TIMESTAMP(3) NOT NULL,
    "balance" TIMETZ(6) NOT NULL,
    "planKind" "PlanKind" NOT NULL DEFAULT 'INACTIVE',
    "userId" TEXT,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "total" JSONB NOT NULL DEFAULT '[]',
    "planKind" "PlanKind" NOT NULL DEFAULT 'INACTIVE',
    "sessionTenantId" TEXT,
    "sessionNumber" INTEGER,
    "sessionTenantId2" TEXT,
    "sessionNumber2" INTEGER,
    "userId" TEXT NOT NULL,

    CONSTRAINT "session_pk" PRIMARY KEY ("tenantId","number")
);

-- CreateIndex
CREATE INDEX "Audit_planKind_size_idx" ON "Audit"("planKind", "size");

-- CreateIndex
CREATE INDEX "audit_plankind_1_ix" ON "Audit"("planKind");

-- CreateIndex
CREATE INDEX "User_userId_planKind_idx" ON "User"("userId", "planKind");

-- CreateIndex
CREATE INDEX "User_planKind_idx" ON "User"("planKind" DESC);

-- CreateIndex
CREATE INDEX "User_id_idx" ON "User" USING SPGIST ("id");

-- CreateIndex
CREATE UNIQUE INDEX "Session_userId_key" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "Session_sessionTenantId2_sessionNumber2_idx" ON "Session"("sessionTenantId2", "sessionNumber2");

-- CreateIndex
CREATE INDEX "Session_userId_planKind_idx" ON "Session"("userId", "planKind");

-- CreateIndex
CREATE UNIQUE INDEX "Session_sessionTenantId_sessionNumber_key" ON "Session"("sessionTenantId", "sessionNumber");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET DEFAULT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_sessionTenantId_sessionNumber_fkey" FOREIGN KEY ("sessionTenantId", "sessionNumber") REFERENCES "Session"("tenantId", "number") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_sessionTenantId2_sessionNumber2_fkey" FOREIGN KEY ("sessionTenantId2", "sessionNumber2") REFERENCES "Session"("tenantId", "number") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
