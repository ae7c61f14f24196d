-- CreateEnum
CREATE TYPE "TokenKind" AS ENUM ('PENDING', 'ACTIVE', 'draft', 'INACTIVE');

-- CreateEnum
CREATE TYPE "accountkind_type" AS ENUM ('DONE', 'draft', 'high_value');

-- CreateTable
CREATE TABLE "projecthistorys" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "slug" TEXT NOT NULL,
    "rank" SMALLINT,
    "amount_col" INTEGER NOT NULL DEFAULT 0,
    "score" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "color" TEXT,
    "payload" DOUBLE PRECISION DEFAULT -2.25,
    "startsAt" INTEGER,
    "tokenKind" "TokenKind" NOT NULL DEFAULT 'INACTIVE',

    CONSTRAINT "projecthistorys_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "shipments" (
    "id" BIGSERIAL NOT NULL,
    "createdat_col" TIMESTAMP(3) NOT NULL,
    "tokenKind" "TokenKind" NOT NULL DEFAULT 'PENDING',

    CONSTRAINT "shipments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TicketHistory" (
    "id" SERIAL NOT NULL,
    "version" TIMESTAMPTZ(2)[],
    "count" BIGINT NOT NULL,
    "version2_col" OID DEFAULT 14,

    CONSTRAINT "TicketHistory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Note" (
    "id" SERIAL NOT NULL,
    "secret" OID NOT NULL,
    "amount" TIMESTAMP(3) NOT NULL,
    "tokenKind" "TokenKind" NOT NULL DEFAULT 'ACTIVE',

    CONSTRAINT "Note_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Plan" (
    "plan_id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "handle" TEXT NOT NULL,
    "name" SMALLINT,
    "name2_col" CHAR(10) NOT NULL DEFAULT 'abcdefgh',
    "rank" TEXT NOT NULL,
    "accountKind" "accountkind_type",

    CONSTRAINT "Plan_pkey" PRIMARY KEY ("plan_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "projecthistorys_slug_key" ON "projecthistorys"("slug");

-- CreateIndex
CREATE INDEX "projecthistorys_payload_startsAt_idx" ON "projecthistorys"("payload", "startsAt");

-- CreateIndex
CREATE INDEX "projecthistorys_tokenKind_idx" ON "projecthistorys"("tokenKind");

-- CreateIndex
CREATE UNIQUE INDEX "projecthistorys_color_tokenKind_key" ON "projecthistorys"("color", "tokenKind");

-- CreateIndex
CREATE UNIQUE INDEX "shipments_tokenKind_key" ON "shipments"("tokenKind");

-- CreateIndex
CREATE INDEX "TicketHistory_count_idx" ON "TicketHistory"("count");

-- CreateIndex
CREATE INDEX "Note_secret_idx" ON "Note"("secret" DESC);

-- CreateIndex
CREATE INDEX "Note_amount_idx" ON "Note"("amount");

-- CreateIndex
CREATE UNIQUE INDEX "Plan_handle_key" ON "Plan"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "Plan_rank_key" ON "Plan"("rank");

-- CreateIndex
CREATE INDEX "Plan_name_rank_idx" ON "Plan"("name", "rank");
