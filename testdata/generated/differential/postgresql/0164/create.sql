-- CreateEnum
CREATE TYPE "StoreKind" AS ENUM ('ACTIVE', 'Published', 'ARCHIVED', 'PENDING');

-- CreateEnum
CREATE TYPE "couponkind_type" AS ENUM ('INACTIVE', 'ARCHIVED');

-- CreateTable
CREATE TABLE "reviews" (
    "id" TEXT NOT NULL,
    "secret_col" UUID NOT NULL,
    "kind" DECIMAL(65,30) DEFAULT 2.25,
    "color" BIGINT NOT NULL,
    "raw" tsquery,
    "reviewId" TEXT,

    CONSTRAINT "reviews_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Profile" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "status" INTEGER NOT NULL,
    "raw" tsvector,
    "profileTenantId" TEXT,
    "profileNumber" INTEGER,

    CONSTRAINT "profile_pk" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Item" (
    "id" SERIAL NOT NULL,
    "hash" DECIMAL(65,30) NOT NULL,
    "note" TIMESTAMP(3) NOT NULL,
    "expiresat_col" DOUBLE PRECISION,
    "ratio" BYTEA NOT NULL,
    "itemId" INTEGER,
    "reviewId" TEXT,

    CONSTRAINT "Item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Note" (
    "id" TEXT NOT NULL,
    "hash" BOOLEAN DEFAULT true,
    "updatedAt" VARBIT[] DEFAULT ARRAY[]::VARBIT[],
    "meta" VARBIT[] DEFAULT ARRAY[]::VARBIT[],
    "name_col" DECIMAL(65,30) NOT NULL DEFAULT 2.25,
    "storeKind" "StoreKind" NOT NULL DEFAULT 'ARCHIVED',

    CONSTRAINT "Note_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Event" (
    "id" SERIAL NOT NULL,
    "balance_col" TEXT NOT NULL DEFAULT 'back\slash',
    "startsAt" BYTEA NOT NULL,
    "status" TIMETZ(5),
    "storeKind" "StoreKind",

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_ItemToNote" (
    "A" INTEGER NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_ItemToNote_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "reviews_reviewId_idx" ON "reviews"("reviewId");

-- CreateIndex
CREATE INDEX "reviews_kind_idx" ON "reviews"("kind");

-- CreateIndex
CREATE UNIQUE INDEX "Profile_status_key" ON "Profile"("status");

-- CreateIndex
CREATE INDEX "Profile_profileNumber_idx" ON "Profile"("profileNumber");

-- CreateIndex
CREATE INDEX "profile_profilenumber_1_ix" ON "Profile"("profileNumber" DESC);

-- CreateIndex
CREATE INDEX "Profile_profileTenantId_idx" ON "Profile" USING SPGIST ("profileTenantId");

-- CreateIndex
CREATE UNIQUE INDEX "Item_itemId_key" ON "Item"("itemId");

-- CreateIndex
CREATE UNIQUE INDEX "Item_reviewId_key" ON "Item"("reviewId");

-- CreateIndex
CREATE INDEX "Item_reviewId_idx" ON "Item" USING HASH ("reviewId");

-- CreateIndex
CREATE UNIQUE INDEX "item_pair_key" ON "Item"("note", "hash");

-- CreateIndex
CREATE INDEX "event_balance_0_ix" ON "Event"("balance_col");

-- CreateIndex
CREATE INDEX "Event_storeKind_idx" ON "Event"("storeKind");

-- CreateIndex
CREATE INDEX "_ItemToNote_B_index" ON "_ItemToNote"("B");

-- AddForeignKey
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "reviews"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Profile" ADD CONSTRAINT "Profile_profileTenantId_profileNumber_fkey" FOREIGN KEY ("profileTenantId", "profileNumber") REFERENCES "Profile"("tenantId", "number") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Item" ADD CONSTRAINT "Item_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Item" ADD CONSTRAINT "Item_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "reviews"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ItemToNote" ADD CONSTRAINT "_ItemToNote_A_fkey" FOREIGN KEY ("A") REFERENCES "Item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ItemToNote" ADD CONSTRAINT "_ItemToNote_B_fkey" FOREIGN KEY ("B") REFERENCES "Note"("id") ON DELETE CASCADE ON UPDATE CASCADE;
