-- CreateTable
CREATE TABLE "shipments" (
    "id" SERIAL NOT NULL,
    "level" TIME(1),
    "note" DATE NOT NULL,
    "hash_col" BOOLEAN NOT NULL DEFAULT true,
    "slug" INTEGER,

    CONSTRAINT "shipments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Cart" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "weight" BIGINT NOT NULL,
    "name" TIME[],
    "data" XML,
    "meta" JSONB NOT NULL DEFAULT '[]',
    "expiresat_col" BYTEA,
    "size" TEXT NOT NULL,

    CONSTRAINT "cart_pk" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" SERIAL NOT NULL,
    "level" INTEGER NOT NULL,
    "verified" INTEGER NOT NULL DEFAULT (1 + 2),
    "updatedAt" BIGINT,
    "meta" BYTEA,
    "slug" DOUBLE PRECISION NOT NULL,
    "title_col" DOUBLE PRECISION NOT NULL DEFAULT -2.25,
    "raw" point,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Note" (
    "id" TEXT NOT NULL,
    "code_col" BYTEA,
    "ratio" CHAR NOT NULL,
    "slug" TIME,
    "data" DOUBLE PRECISION NOT NULL,
    "title" BYTEA NOT NULL,

    CONSTRAINT "Note_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "refunds" (
    "id" UUID NOT NULL,
    "endsAt" TIMESTAMP(3),
    "weight_col" TEXT,
    "secret" DOUBLE PRECISION[],
    "hash" DECIMAL DEFAULT 1.5,
    "slug" TIME(5) NOT NULL,
    "amount" BYTEA,

    CONSTRAINT "refunds_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_SessionToShipment" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_SessionToShipment_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "shipments_hash_col_idx" ON "shipments"("hash_col");

-- CreateIndex
CREATE INDEX "shipments_level_idx" ON "shipments"("level");

-- CreateIndex
CREATE UNIQUE INDEX "Cart_size_key" ON "Cart"("size");

-- CreateIndex
CREATE INDEX "Cart_meta_idx" ON "Cart" USING GIN ("meta" jsonb_path_ops);

-- CreateIndex
CREATE UNIQUE INDEX "Session_slug_key" ON "Session"("slug");

-- CreateIndex
CREATE INDEX "Session_slug_idx" ON "Session"("slug");

-- CreateIndex
CREATE INDEX "Note_ratio_idx" ON "Note"("ratio");

-- CreateIndex
CREATE INDEX "note_data_1_ix" ON "Note"("data");

-- CreateIndex
CREATE UNIQUE INDEX "note_pair_key" ON "Note"("ratio", "slug");

-- CreateIndex
CREATE INDEX "refunds_hash_idx" ON "refunds"("hash");

-- CreateIndex
CREATE INDEX "refunds_weight_col_idx" ON "refunds"("weight_col");

-- CreateIndex
CREATE UNIQUE INDEX "refund_pair_key" ON "refunds"("slug", "endsAt");

-- CreateIndex
CREATE INDEX "_SessionToShipment_B_index" ON "_SessionToShipment"("B");

-- AddForeignKey
ALTER TABLE "_SessionToShipment" ADD CONSTRAINT "_SessionToShipment_A_fkey" FOREIGN KEY ("A") REFERENCES "Session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_SessionToShipment" ADD CONSTRAINT "_SessionToShipment_B_fkey" FOREIGN KEY ("B") REFERENCES "shipments"("id") ON DELETE CASCADE ON UPDATE CASCADE;
