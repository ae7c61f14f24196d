-- CreateEnum
CREATE TYPE "CouponKind" AS ENUM ('Published', 'ACTIVE', 'HIGH', 'archived_value');

-- CreateTable
CREATE TABLE "Team" (
    "id" INTEGER NOT NULL,
    "position" BYTEA NOT NULL,
    "meta" INTEGER NOT NULL,
    "verified" TIMESTAMP(3)[],

    CONSTRAINT "Team_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Device" (
    "id" SERIAL NOT NULL,
    "isActive" BOOLEAN,
    "couponKind" "CouponKind" NOT NULL DEFAULT 'ACTIVE',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Device_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Post" (
    "id" SERIAL NOT NULL,
    "flags" BYTEA NOT NULL,
    "count" TIME DEFAULT CURRENT_TIMESTAMP,
    "code" BOOLEAN[] DEFAULT ARRAY[true, false]::BOOLEAN[],
    "name" TIMESTAMP(3) DEFAULT now(),
    "startsAt" JSONB NOT NULL,

    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Plan" (
    "id" SERIAL NOT NULL,
    "handle" TEXT NOT NULL,
    "body" BIGINT NOT NULL,

    CONSTRAINT "Plan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Address" (
    "id" SERIAL NOT NULL,
    "handle" TEXT NOT NULL,
    "createdat_col" TIMESTAMP(3),
    "amount" TIME NOT NULL,
    "meta" DECIMAL(65,30) NOT NULL DEFAULT 0,
    "verified" JSONB DEFAULT '{}',
    "size_col" INTEGER[],
    "data" BIGINT NOT NULL DEFAULT 0,
    "couponKind" "CouponKind" DEFAULT 'Published',

    CONSTRAINT "Address_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Team_meta_idx" ON "Team"("meta");

-- CreateIndex
CREATE INDEX "team_meta_1_ix" ON "Team"("meta" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Device_couponKind_isActive_key" ON "Device"("couponKind", "isActive");

-- CreateIndex
CREATE INDEX "post_count_0_ix" ON "Post"("count");

-- CreateIndex
CREATE UNIQUE INDEX "Plan_handle_key" ON "Plan"("handle");

-- CreateIndex
CREATE INDEX "Plan_handle_idx" ON "Plan"("handle");

-- CreateIndex
CREATE INDEX "plan_handle_1_ix" ON "Plan"("handle" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Address_handle_key" ON "Address"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "Address_couponKind_key" ON "Address"("couponKind" DESC);

-- CreateIndex
CREATE INDEX "Address_data_idx" ON "Address"("data");

-- CreateIndex
CREATE INDEX "Address_handle_data_idx" ON "Address"("handle" DESC, "data");
