-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "citext";

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pgcrypto";

-- CreateEnum
CREATE TYPE "RegionKind" AS ENUM ('ARCHIVED', 'PENDING', 'HIGH', 'ACTIVE');

-- CreateTable
CREATE TABLE "members" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "name" MONEY NOT NULL,
    "color" BYTEA,
    "size" TEXT NOT NULL DEFAULT (gen_random_uuid())::text,
    "version" INTEGER,
    "score2" TIMESTAMP(3) NOT NULL,
    "regionKind" "RegionKind"[] DEFAULT ARRAY['ARCHIVED']::"RegionKind"[],
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "members_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Log" (
    "id" SERIAL NOT NULL,
    "score" BOOLEAN NOT NULL,
    "avatar" JSONB NOT NULL DEFAULT '[]',
    "balance" BIGINT NOT NULL,
    "memberId" TEXT NOT NULL,
    "logId" INTEGER,

    CONSTRAINT "Log_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "members_email_key" ON "members"("email");

-- CreateIndex
CREATE INDEX "members_email_idx" ON "members" USING SPGIST ("email");

-- AddForeignKey
ALTER TABLE "Log" ADD CONSTRAINT "log_memberid_fk" FOREIGN KEY ("memberId") REFERENCES "members"("id") ON DELETE SET DEFAULT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Log" ADD CONSTRAINT "Log_logId_fkey" FOREIGN KEY ("logId") REFERENCES "Log"("id") ON DELETE SET NULL ON UPDATE CASCADE;
