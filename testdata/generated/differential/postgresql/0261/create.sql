-- CreateTable
CREATE TABLE "regions" (
    "id" BIGSERIAL NOT NULL,
    "expiresAt" TIME(6) DEFAULT CURRENT_TIMESTAMP,
    "createdAt" JSON NOT NULL,
    "createdAt2" BYTEA NOT NULL,
    "ratingid_ref" TEXT,

    CONSTRAINT "regions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Rating" (
    "id" TEXT NOT NULL,
    "payload" CHAR(22),

    CONSTRAINT "rating_primary" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Cart" (
    "id" TEXT NOT NULL,
    "data_col" BOOLEAN NOT NULL DEFAULT false,
    "name" BIGINT NOT NULL,
    "isactive_col" BYTEA NOT NULL,
    "balance" JSONB NOT NULL,
    "startsAt" DOUBLE PRECISION NOT NULL,
    "slug" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "cart_primary" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Note" (
    "id" SERIAL NOT NULL,
    "title" INTEGER NOT NULL,

    CONSTRAINT "Note_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "regions_ratingid_ref_idx" ON "regions"("ratingid_ref");

-- CreateIndex
CREATE INDEX "region_ratingid_sx" ON "regions" USING SPGIST ("ratingid_ref");

-- CreateIndex
CREATE INDEX "Rating_payload_idx" ON "Rating"("payload");

-- CreateIndex
CREATE INDEX "Rating_id_idx" ON "Rating" USING SPGIST ("id");

-- CreateIndex
CREATE INDEX "Cart_name_idx" ON "Cart"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Note_title_key" ON "Note"("title");

-- AddForeignKey
ALTER TABLE "regions" ADD CONSTRAINT "regions_ratingid_ref_fkey" FOREIGN KEY ("ratingid_ref") REFERENCES "Rating"("id") ON DELETE SET DEFAULT ON UPDATE CASCADE;
