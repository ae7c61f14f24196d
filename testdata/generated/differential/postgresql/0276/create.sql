-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "citext";

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pgcrypto";

-- CreateTable
CREATE TABLE "Note" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "slug" JSONB NOT NULL,
    "avatar" VARCHAR NOT NULL DEFAULT (gen_random_uuid())::text,
    "weight" TIMESTAMP(3)[],
    "startsAt" CHAR(16) NOT NULL,

    CONSTRAINT "Note_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Price" (
    "id" INTEGER NOT NULL,
    "meta" DECIMAL(13,2)[],
    "label" SMALLINT NOT NULL,
    "hash" INTEGER DEFAULT 42,
    "label2" TIME(5) NOT NULL,
    "raw" cidr,
    "priceid_ref" INTEGER,

    CONSTRAINT "Price_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Note_startsAt_key" ON "Note"("startsAt");

-- CreateIndex
CREATE INDEX "Note_startsAt_idx" ON "Note"("startsAt" DESC);

-- CreateIndex
CREATE INDEX "Price_priceid_ref_idx" ON "Price"("priceid_ref");

-- AddForeignKey
ALTER TABLE "Price" ADD CONSTRAINT "Price_priceid_ref_fkey" FOREIGN KEY ("priceid_ref") REFERENCES "Price"("id") ON DELETE CASCADE ON UPDATE CASCADE;
