-- CreateEnum
CREATE TYPE "SessionKind" AS ENUM ('PENDING');

-- CreateEnum
CREATE TYPE "ticketentrykind_type" AS ENUM ('DONE');

-- CreateTable
CREATE TABLE "Order" (
    "id" INTEGER NOT NULL,
    "email" TEXT NOT NULL,
    "endsAt" CHAR NOT NULL DEFAULT 'a',
    "ticketEntryKind" "ticketentrykind_type" DEFAULT 'DONE',

    CONSTRAINT "Order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StoreHistory" (
    "id" SMALLSERIAL NOT NULL,
    "count" TIMESTAMP(3) NOT NULL,
    "title_col" TEXT NOT NULL,
    "count2_col" MONEY NOT NULL,
    "name" BOOLEAN NOT NULL DEFAULT false,
    "slug_col" VARCHAR,
    "color" TIMESTAMP(3)[],
    "ticketEntryKind" "ticketentrykind_type",
    "raw" int4range,

    CONSTRAINT "StoreHistory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "regions" (
    "id" INTEGER NOT NULL,
    "kind" SMALLINT NOT NULL,
    "sessionKind" "SessionKind" NOT NULL DEFAULT 'PENDING',

    CONSTRAINT "regions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Team" (
    "team_id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "score" BIT NOT NULL,
    "publishedAt" BYTEA[],
    "version" DECIMAL(65,30) NOT NULL DEFAULT 2.25,
    "email" DOUBLE PRECISION NOT NULL,
    "sessionKind" "SessionKind"[] DEFAULT ARRAY['PENDING']::"SessionKind"[],

    CONSTRAINT "Team_pkey" PRIMARY KEY ("team_id")
);

-- CreateTable
CREATE TABLE "Channel" (
    "id" SERIAL NOT NULL,
    "amount" TEXT[],
    "price" SMALLINT,
    "amount2" TIMESTAMP(0) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "name" OID DEFAULT 7,
    "data" DECIMAL,
    "sessionKind" "SessionKind"[] DEFAULT ARRAY['PENDING']::"SessionKind"[],
    "raw" tsquery,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Channel_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Order_email_key" ON "Order"("email");

-- CreateIndex
CREATE UNIQUE INDEX "order_endsat_uq" ON "Order"("endsAt");

-- CreateIndex
CREATE INDEX "Order_email_idx" ON "Order" USING HASH ("email");

-- CreateIndex
CREATE INDEX "order_email_1_ix" ON "Order" USING HASH ("email");

-- CreateIndex
CREATE UNIQUE INDEX "regions_sessionKind_key" ON "regions"("sessionKind");

-- CreateIndex
CREATE INDEX "regions_kind_idx" ON "regions"("kind" DESC);

-- CreateIndex
CREATE INDEX "regions_sessionKind_idx" ON "regions"("sessionKind" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Team_version_key" ON "Team"("version");

-- CreateIndex
CREATE UNIQUE INDEX "Channel_price_key" ON "Channel"("price");
