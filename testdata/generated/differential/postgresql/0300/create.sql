-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "hstore";

-- CreateEnum
CREATE TYPE "commentkind_type" AS ENUM ('active_value', 'Published', 'HIGH', 'INACTIVE');

-- CreateTable
CREATE TABLE "Member" (
    "id" TEXT NOT NULL,
    "handle" TEXT NOT NULL,
    "meta" DOUBLE PRECISION,
    "slug" DECIMAL(65,30) NOT NULL,
    "amount_col" TIMESTAMP(3)[],
    "endsAt" JSON NOT NULL DEFAULT '[]',
    "payload" VARBIT NOT NULL DEFAULT '1111',
    "payload2" DECIMAL(65,30),
    "commentKind" "commentkind_type" NOT NULL,
    "raw" cidr,
    "memberHandle" TEXT,

    CONSTRAINT "Member_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Member_handle_key" ON "Member"("handle");

-- CreateIndex
CREATE INDEX "Member_payload_idx" ON "Member"("payload");

-- CreateIndex
CREATE INDEX "member_payload_1_ix" ON "Member"("payload");

-- AddForeignKey
ALTER TABLE "Member" ADD CONSTRAINT "Member_memberHandle_fkey" FOREIGN KEY ("memberHandle") REFERENCES "Member"("handle") ON DELETE NO ACTION ON UPDATE CASCADE;
