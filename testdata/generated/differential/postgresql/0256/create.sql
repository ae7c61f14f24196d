-- CreateEnum
CREATE TYPE "tagkind_type" AS ENUM ('low_value', 'HIGH', 'archived_value', 'PENDING');

-- CreateTable
CREATE TABLE "logs" (
    "id" TEXT NOT NULL,
    "handle" TEXT NOT NULL,
    "rank" JSON,
    "weight" TEXT,
    "createdAt" BIGINT,
    "tagKind" "tagkind_type" NOT NULL DEFAULT 'archived_value',

    CONSTRAINT "logs_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "logs_handle_key" ON "logs"("handle");

-- CreateIndex
CREATE INDEX "logs_tagKind_idx" ON "logs"("tagKind");

-- CreateIndex
CREATE INDEX "logs_weight_idx" ON "logs"("weight");

-- CreateIndex
CREATE INDEX "logs_id_idx" ON "logs" USING SPGIST ("id");
