-- CreateEnum
CREATE TYPE "RefundKind" AS ENUM ('INACTIVE', 'HIGH', 'LOW', 'done_value');

-- CreateEnum
CREATE TYPE "regionkind_type" AS ENUM ('archived_value', 'HIGH');

-- CreateTable
CREATE TABLE "Profile" (
    "id" INTEGER NOT NULL,
    "total" DOUBLE PRECISION,
    "kind" SMALLINT NOT NULL,
    "avatar" BOOLEAN,
    "total2" TEXT,
    "priceId" INTEGER,

    CONSTRAINT "Profile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Store" (
    "id" INTEGER NOT NULL,
    "name" BOOLEAN NOT NULL,
    "amount" DECIMAL(65,30) DEFAULT 2.25,
    "code" BOOLEAN DEFAULT false,
    "slug" TEXT[] DEFAULT ARRAY['a', 'b']::TEXT[],
    "hash" JSONB NOT NULL,
    "ratio" TIME(1)[],
    "regionKind" "regionkind_type" NOT NULL DEFAULT 'HIGH',
    "priceId" INTEGER NOT NULL,

    CONSTRAINT "Store_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Price" (
    "id" SERIAL NOT NULL,
    "body" VARCHAR DEFAULT 'back\slash',
    "weight" UUID NOT NULL DEFAULT '8b0f2c1e-7a3d-4c55-9b1a-2f6e7d8c9a0b',
    "startsAt" INTEGER,
    "version" TEXT,
    "payload" TEXT NOT NULL DEFAULT (gen_random_uuid())::text,
    "data" TIMESTAMP(3) NOT NULL DEFAULT now(),
    "priceId" INTEGER,

    CONSTRAINT "Price_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Profile_avatar_key" ON "Profile"("avatar" DESC);

-- CreateIndex
CREATE INDEX "Profile_total2_idx" ON "Profile"("total2");

-- CreateIndex
CREATE INDEX "Store_code_idx" ON "Store"("code");

-- CreateIndex
CREATE INDEX "price_startsat_0_ix" ON "Price"("startsAt", "version");

-- CreateIndex
CREATE INDEX "price_body_1_ix" ON "Price"("body", "payload");

-- AddForeignKey
ALTER TABLE "Profile" ADD CONSTRAINT "Profile_priceId_fkey" FOREIGN KEY ("priceId") REFERENCES "Price"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Store" ADD CONSTRAINT "Store_priceId_fkey" FOREIGN KEY ("priceId") REFERENCES "Price"("id") ON DELETE SET DEFAULT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Price" ADD CONSTRAINT "price_priceid_fk" FOREIGN KEY ("priceId") REFERENCES "Price"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
