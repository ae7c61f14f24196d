-- CreateEnum
CREATE TYPE "userwithaverylongnamethatgoesonandonfortruncationkind_type" AS ENUM ('Published', 'HIGH', 'DONE', 'PENDING');

-- CreateEnum
CREATE TYPE "pricekind_type" AS ENUM ('draft', 'ARCHIVED');

-- CreateTable
CREATE TABLE "User" (
    "user_id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "endsat_col" TIMETZ NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "userWithAVeryLongNameThatGoesOnAndOnForTruncationKind" "userwithaverylongnamethatgoesonandonfortruncationkind_type" NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("user_id")
);

-- CreateTable
CREATE TABLE "Team" (
    "id" BIGSERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "status" INTEGER DEFAULT (1 + 2),
    "endsAt" TIMESTAMP(3),
    "email" BIT(4) NOT NULL,
    "slug2" VARCHAR NOT NULL,
    "isactive_col" DOUBLE PRECISION DEFAULT 0,
    "note" DATE NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Team_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Profile" (
    "id" SERIAL NOT NULL,
    "price" JSON DEFAULT '{}',
    "kind" VARCHAR NOT NULL,
    "publishedAt" DOUBLE PRECISION,
    "name" TEXT NOT NULL,

    CONSTRAINT "Profile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Product" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "meta" TIMETZ,
    "position" BOOLEAN NOT NULL,
    "label_col" TIME(6)[],
    "kind" DOUBLE PRECISION[],
    "weight" BOOLEAN,
    "updatedAt" BIGINT NOT NULL DEFAULT 1234567890123,

    CONSTRAINT "Product_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "TicketEntry" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "code" BOOLEAN DEFAULT false,
    "name_col" DECIMAL(65,30) DEFAULT 0,
    "code2" BYTEA NOT NULL,
    "updatedAt" JSONB,
    "priceKind" "pricekind_type" NOT NULL DEFAULT 'ARCHIVED',
    "raw" Int4,

    CONSTRAINT "TicketEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StoreEntry" (
    "id" UUID NOT NULL,
    "isActive" BIGINT,

    CONSTRAINT "StoreEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "user_endsat_0_ix" ON "User"("endsat_col");

-- CreateIndex
CREATE UNIQUE INDEX "Team_slug_key" ON "Team"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "team_isactive_uq" ON "Team"("isactive_col");

-- CreateIndex
CREATE INDEX "Team_isactive_col_idx" ON "Team"("isactive_col");

-- CreateIndex
CREATE UNIQUE INDEX "Profile_kind_key" ON "Profile"("kind");

-- CreateIndex
CREATE UNIQUE INDEX "Profile_publishedAt_kind_key" ON "Profile"("publishedAt", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "TicketEntry_email_key" ON "TicketEntry"("email");

-- CreateIndex
CREATE UNIQUE INDEX "TicketEntry_code_key" ON "TicketEntry"("code");

-- CreateIndex
CREATE INDEX "TicketEntry_priceKind_idx" ON "TicketEntry"("priceKind" DESC);
