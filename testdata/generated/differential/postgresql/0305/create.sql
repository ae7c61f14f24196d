-- CreateEnum
CREATE TYPE "SessionKind" AS ENUM ('DONE');

-- CreateTable
CREATE TABLE "Token" (
    "id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "startsAt" MONEY NOT NULL,
    "email" JSONB NOT NULL,

    CONSTRAINT "token_primary" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Order" (
    "id" TEXT NOT NULL,
    "endsAt" BIGINT,
    "verified_col" BIGINT,
    "createdAt" SMALLINT NOT NULL,
    "sessionKind" "SessionKind" NOT NULL DEFAULT 'DONE',

    CONSTRAINT "Order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Category" (
    "id" UUID NOT NULL,
    "weight" BYTEA,
    "position" TEXT NOT NULL DEFAULT 'a "quoted" word',
    "sessionKind" "SessionKind" NOT NULL DEFAULT 'DONE',

    CONSTRAINT "Category_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Team" (
    "id" BIGSERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "rank" INTEGER,
    "rank2" BOOLEAN NOT NULL,
    "balance" BOOLEAN NOT NULL,
    "level_col" BOOLEAN NOT NULL,
    "version" REAL DEFAULT 0,
    "data" TIMETZ NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "teamId" BIGINT,
    "eventNumber" INTEGER,
    "eventTenantId" TEXT,

    CONSTRAINT "Team_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Event" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "avatar" INTEGER NOT NULL DEFAULT 0,
    "name" BIGINT,
    "label" VARBIT NOT NULL,
    "tokenId" TEXT,
    "teamId" BIGINT,

    CONSTRAINT "event_pk" PRIMARY KEY ("number","tenantId")
);

-- CreateTable
CREATE TABLE "Note" (
    "teamEmail" TEXT NOT NULL,
    "categoryId" UUID NOT NULL,
    "assignedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Note_pkey" PRIMARY KEY ("teamEmail","categoryId")
);

-- CreateIndex
CREATE INDEX "Token_position_idx" ON "Token"("position" DESC);

-- CreateIndex
CREATE INDEX "Token_startsAt_idx" ON "Token"("startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "Order_createdAt_key" ON "Order"("createdAt");

-- CreateIndex
CREATE INDEX "Category_sessionKind_idx" ON "Category"("sessionKind");

-- CreateIndex
CREATE UNIQUE INDEX "Team_email_key" ON "Team"("email");

-- CreateIndex
CREATE INDEX "Team_eventNumber_eventTenantId_idx" ON "Team"("eventNumber", "eventTenantId");

-- CreateIndex
CREATE INDEX "Team_eventNumber_idx" ON "Team"("eventNumber");

-- CreateIndex
CREATE INDEX "Team_eventNumber_email_idx" ON "Team"("eventNumber", "email");

-- CreateIndex
CREATE UNIQUE INDEX "Team_data_balance_key" ON "Team"("data", "balance");

-- CreateIndex
CREATE UNIQUE INDEX "event_pair_key" ON "Event"("label", "avatar");

-- CreateIndex
CREATE INDEX "Note_teamEmail_idx" ON "Note" USING SPGIST ("teamEmail");

-- AddForeignKey
ALTER TABLE "Team" ADD CONSTRAINT "Team_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Team" ADD CONSTRAINT "Team_eventNumber_eventTenantId_fkey" FOREIGN KEY ("eventNumber", "eventTenantId") REFERENCES "Event"("number", "tenantId") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_tokenId_fkey" FOREIGN KEY ("tokenId") REFERENCES "Token"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Note" ADD CONSTRAINT "Note_teamEmail_fkey" FOREIGN KEY ("teamEmail") REFERENCES "Team"("email") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Note" ADD CONSTRAINT "Note_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
