-- CreateTable
CREATE TABLE "payments" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "handle" TEXT NOT NULL,
    "publishedat_col" BIGINT,
    "data" REAL NOT NULL,
    "size" JSONB,
    "hash" DECIMAL NOT NULL DEFAULT 0,
    "count" BLOB,
    "rank" DATETIME NOT NULL,
    "paymentId" INTEGER,
    CONSTRAINT "payments_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "payments" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
);

-- CreateIndex
CREATE UNIQUE INDEX "payments_handle_key" ON "payments"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "payments_data_key" ON "payments"("data");

-- CreateIndex
CREATE INDEX "payments_publishedat_col_idx" ON "payments"("publishedat_col");

-- CreateIndex
CREATE INDEX "payments_handle_idx" ON "payments"("handle" DESC);
