-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "hstore";

-- CreateEnum
CREATE TYPE "accountkind_type" AS ENUM ('INACTIVE', 'HIGH');

-- CreateTable
CREATE TABLE "Event" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "handle" TEXT NOT NULL,
    "flags_col" BYTEA,
    "code" REAL[],
    "level" TIMETZ(3),
    "status" JSONB NOT NULL DEFAULT '[]',
    "updatedAt" BYTEA[],
    "ratio" BOOLEAN NOT NULL DEFAULT false,
    "accountKind" "accountkind_type" NOT NULL,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("number","tenantId")
);

-- CreateTable
CREATE TABLE "Message" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "createdAt" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "Message_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateIndex
CREATE UNIQUE INDEX "Event_handle_key" ON "Event"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "event_pair_key" ON "Event"("accountKind", "level");

-- CreateIndex
CREATE INDEX "Message_createdAt_idx" ON "Message"("createdAt" DESC);
