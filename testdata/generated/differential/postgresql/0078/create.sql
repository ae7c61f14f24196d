-- CreateEnum
CREATE TYPE "MessageKind" AS ENUM ('ARCHIVED');

-- CreateTable
CREATE TABLE "Channel" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "publishedat_col" BYTEA,
    "name" BIGINT NOT NULL,
    "position" TIMESTAMP(3) NOT NULL DEFAULT now(),
    "auditId" INTEGER NOT NULL,

    CONSTRAINT "Channel_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Audit" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "total_col" DECIMAL(65,30),
    "size" BYTEA NOT NULL,
    "title" DOUBLE PRECISION[],
    "weight" TIMESTAMP(3) DEFAULT now(),
    "startsAt" BIGINT DEFAULT 0,

    CONSTRAINT "Audit_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Channel_name_key" ON "Channel"("name");

-- CreateIndex
CREATE INDEX "Channel_auditId_idx" ON "Channel"("auditId" DESC);

-- CreateIndex
CREATE INDEX "channel_auditid_1_ix" ON "Channel"("auditId" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Audit_email_key" ON "Audit"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Audit_weight_key" ON "Audit"("weight");

-- CreateIndex
CREATE INDEX "Audit_weight_idx" ON "Audit"("weight");

-- CreateIndex
CREATE INDEX "audit_weight_1_ix" ON "Audit"("weight" DESC);

-- AddForeignKey
ALTER TABLE "Channel" ADD CONSTRAINT "Channel_auditId_fkey" FOREIGN KEY ("auditId") REFERENCES "Audit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
