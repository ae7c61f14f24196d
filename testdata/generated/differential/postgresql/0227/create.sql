-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "citext";

-- CreateTable
CREATE TABLE "File" (
    "id" BIGSERIAL NOT NULL,
    "balance" CHAR(13) NOT NULL,
    "isActive" UUID NOT NULL,
    "meta" JSONB DEFAULT '[]',
    "url" MONEY NOT NULL,
    "note" SMALLINT DEFAULT 42,
    "url2" TEXT[] DEFAULT ARRAY['a', 'b']::TEXT[],

    CONSTRAINT "File_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PaymentHistory" (
    "id" BIGSERIAL NOT NULL,
    "updatedAt" BYTEA,
    "note_col" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "url" TIMESTAMP(3) DEFAULT now(),
    "price" TIMESTAMP(3) NOT NULL DEFAULT now(),
    "raw" int4range,
    "paymentHistoryId" BIGINT,

    CONSTRAINT "PaymentHistory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Post" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "startsAt" INTEGER DEFAULT 0,
    "ratio" OID NOT NULL DEFAULT 25,
    "status" TEXT NOT NULL,
    "updatedAt" DOUBLE PRECISION NOT NULL DEFAULT 1.5,
    "weight" JSON,
    "createdAt" BIGINT NOT NULL DEFAULT 1234567890123,
    "updatedAt2" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Post_pkey" PRIMARY KEY ("number","tenantId")
);

-- CreateIndex
CREATE UNIQUE INDEX "file_note_uq" ON "File"("note");

-- CreateIndex
CREATE INDEX "PaymentHistory_note_col_url_idx" ON "PaymentHistory"("note_col" DESC, "url");

-- CreateIndex
CREATE INDEX "PaymentHistory_url_idx" ON "PaymentHistory"("url");

-- CreateIndex
CREATE UNIQUE INDEX "paymenthistory_pair_key" ON "PaymentHistory"("price", "endsAt");

-- CreateIndex
CREATE UNIQUE INDEX "Post_startsAt_key" ON "Post"("startsAt");

-- CreateIndex
CREATE INDEX "Post_updatedAt_idx" ON "Post"("updatedAt");

-- CreateIndex
CREATE INDEX "Post_status_idx" ON "Post" USING SPGIST ("status");

-- AddForeignKey
ALTER TABLE "PaymentHistory" ADD CONSTRAINT "PaymentHistory_paymentHistoryId_fkey" FOREIGN KEY ("paymentHistoryId") REFERENCES "PaymentHistory"("id") ON DELETE RESTRICT ON UPDATE SET NULL;
