-- CreateTable
CREATE TABLE "Log" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "code" DATETIME NOT NULL,
    "slug_col" JSONB,
    "logId" INTEGER,
    "storeId" INTEGER NOT NULL,
    CONSTRAINT "Log_logId_fkey" FOREIGN KEY ("logId") REFERENCES "Log" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Log_storeId_fkey" FOREIGN KEY ("storeId") REFERENCES "Store" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "Store" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "total" TEXT DEFAULT 'a "quoted" word',
    "publishedAt" BLOB,
    "data" TEXT,
    "url" DATETIME,
    "total2" BIGINT NOT NULL,
    "data2" DECIMAL NOT NULL DEFAULT 2.25
);

-- CreateIndex
CREATE UNIQUE INDEX "Log_email_key" ON "Log"("email");

-- CreateIndex
CREATE INDEX "Log_logId_idx" ON "Log"("logId");

-- CreateIndex
CREATE INDEX "Log_storeId_idx" ON "Log"("storeId");

-- CreateIndex
CREATE INDEX "Log_logId_storeId_idx" ON "Log"("logId", "storeId");

-- CreateIndex
CREATE INDEX "Store_total2_idx" ON "Store"("total2" DESC);
