-- CreateEnum
CREATE TYPE "RatingKind" AS ENUM ('INACTIVE', 'LOW', 'PENDING', 'HIGH');

-- CreateEnum
CREATE TYPE "TaskKind" AS ENUM ('ARCHIVED');

-- CreateTable
CREATE TABLE "Token" (
    "id" SERIAL NOT NULL,
    "version" TIMESTAMP(3) DEFAULT now(),

    CONSTRAINT "Token_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Channel" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "email" TEXT NOT NULL,
    "startsAt" INTEGER NOT NULL,
    "ratingKind" "RatingKind" NOT NULL DEFAULT 'PENDING',
    "raw" interval,

    CONSTRAINT "Channel_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Plan" (
    "id" TEXT NOT NULL,
    "total_col" TIMETZ(4),

    CONSTRAINT "Plan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Shipment" (
    "id" INTEGER NOT NULL,
    "payload" JSONB,
    "color" TEXT[],
    "meta" TIMESTAMP(3),
    "data" TIMESTAMP(3),
    "size" DECIMAL(65,30)[],
    "taskKind" "TaskKind" NOT NULL DEFAULT 'ARCHIVED',
    "raw" box,

    CONSTRAINT "Shipment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "secret" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "account_pk" PRIMARY KEY ("tenantId","number")
);

-- CreateIndex
CREATE UNIQUE INDEX "Token_version_key" ON "Token"("version");

-- CreateIndex
CREATE INDEX "token_version_0_ix" ON "Token"("version");

-- CreateIndex
CREATE INDEX "Token_version_idx" ON "Token"("version");

-- CreateIndex
CREATE UNIQUE INDEX "Channel_email_key" ON "Channel"("email");

-- CreateIndex
CREATE INDEX "Plan_total_col_idx" ON "Plan"("total_col");

-- CreateIndex
CREATE INDEX "plan_total_1_ix" ON "Plan"("total_col" DESC);

-- CreateIndex
CREATE INDEX "Shipment_taskKind_idx" ON "Shipment"("taskKind");

-- CreateIndex
CREATE INDEX "Shipment_data_idx" ON "Shipment"("data" DESC);

-- CreateIndex
CREATE INDEX "Account_secret_idx" ON "Account"("secret");
