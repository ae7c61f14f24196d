-- CreateEnum
CREATE TYPE "TokenKind" AS ENUM ('HIGH');

-- CreateEnum
CREATE TYPE "ProfileWithAVeryLongNameThatGoesOnAndOnForTruncationKind" AS ENUM ('low_value', 'INACTIVE');

-- CreateTable
CREATE TABLE "Ticket" (
    "id" SERIAL NOT NULL,
    "url" JSONB NOT NULL,
    "count" BYTEA NOT NULL,
    "amount" TEXT NOT NULL,
    "status" INTEGER DEFAULT -7,
    "tokenKind" "TokenKind" NOT NULL DEFAULT 'HIGH',
    "storeId" INTEGER NOT NULL,
    "storeId2" INTEGER,

    CONSTRAINT "Ticket_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Rating" (
    "rating_id" UUID NOT NULL,
    "avatar" TEXT[],
    "tokenKind" "TokenKind" NOT NULL,

    CONSTRAINT "Rating_pkey" PRIMARY KEY ("rating_id")
);

-- CreateTable
CREATE TABLE "teams" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "rank" BIGINT,
    "kind_col" TIMESTAMP(3) NOT NULL,
    "avatar" BOOLEAN NOT NULL,
    "email" JSON,
    "count" TEXT NOT NULL,
    "teamTenantId" TEXT,
    "teamNumber" INTEGER,

    CONSTRAINT "teams_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Store" (
    "id" INTEGER NOT NULL,
    "size" BOOLEAN NOT NULL,
    "publishedAt" INTEGER,
    "payload" BIGINT DEFAULT 0,
    "updatedAt" MONEY,
    "updatedAt2" DECIMAL NOT NULL DEFAULT 1.5,
    "label_col" BOOLEAN NOT NULL,
    "profileWithAVeryLongNameThatGoesOnAndOnForTruncationKind" "ProfileWithAVeryLongNameThatGoesOnAndOnForTruncationKind" NOT NULL DEFAULT 'low_value',
    "teamTenantId" TEXT,
    "teamNumber" INTEGER,

    CONSTRAINT "Store_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Ticket_storeId2_key" ON "Ticket"("storeId2");

-- CreateIndex
CREATE INDEX "Rating_tokenKind_idx" ON "Rating"("tokenKind" DESC);

-- CreateIndex
CREATE INDEX "rating_tokenkind_1_ix" ON "Rating"("tokenKind");

-- CreateIndex
CREATE INDEX "Rating_avatar_idx" ON "Rating" USING GIN ("avatar");

-- CreateIndex
CREATE INDEX "teams_count_teamNumber_idx" ON "teams"("count" DESC, "teamNumber");

-- CreateIndex
CREATE INDEX "Store_teamTenantId_idx" ON "Store" USING HASH ("teamTenantId");

-- CreateIndex
CREATE INDEX "Store_profileWithAVeryLongNameThatGoesOnAndOnForTruncationK_idx" ON "Store"("profileWithAVeryLongNameThatGoesOnAndOnForTruncationKind");

-- CreateIndex
CREATE UNIQUE INDEX "Store_teamTenantId_teamNumber_key" ON "Store"("teamTenantId", "teamNumber");

-- CreateIndex
CREATE UNIQUE INDEX "store_pair_key" ON "Store"("profileWithAVeryLongNameThatGoesOnAndOnForTruncationKind", "updatedAt2");

-- AddForeignKey
ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_storeId_fkey" FOREIGN KEY ("storeId") REFERENCES "Store"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_storeId2_fkey" FOREIGN KEY ("storeId2") REFERENCES "Store"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "teams" ADD CONSTRAINT "teams_teamTenantId_teamNumber_fkey" FOREIGN KEY ("teamTenantId", "teamNumber") REFERENCES "teams"("tenantId", "number") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Store" ADD CONSTRAINT "Store_teamTenantId_teamNumber_fkey" FOREIGN KEY ("teamTenantId", "teamNumber") REFERENCES "teams"("tenantId", "number") ON DELETE CASCADE ON UPDATE RESTRICT;
