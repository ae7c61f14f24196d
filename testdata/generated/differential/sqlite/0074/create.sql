-- CreateTable
CREATE TABLE "invoice_v2s" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "createdAt" DATETIME,
    "hash_col" BIGINT NOT NULL,
    "score" BLOB,
    "invoice_v2Id" TEXT,
    CONSTRAINT "invoice_v2s_invoice_v2Id_fkey" FOREIGN KEY ("invoice_v2Id") REFERENCES "invoice_v2s" ("id") ON DELETE CASCADE ON UPDATE SET DEFAULT
);

-- CreateIndex
CREATE UNIQUE INDEX "invoice_v2s_invoice_v2Id_key" ON "invoice_v2s"("invoice_v2Id");

-- CreateIndex
CREATE INDEX "invoice_v2_hash_0_ix" ON "invoice_v2s"("hash_col" DESC);

-- CreateIndex
CREATE INDEX "invoice_v2s_invoice_v2Id_idx" ON "invoice_v2s"("invoice_v2Id" DESC);
