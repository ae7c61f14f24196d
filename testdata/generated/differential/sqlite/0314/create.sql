-- CreateTable
CREATE TABLE "Tag" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "status" DECIMAL NOT NULL,
    "level" BLOB,
    "expiresAt" BOOLEAN NOT NULL DEFAULT false,
    "payload" DATETIME NOT NULL,
    "member2Kind" TEXT NOT NULL DEFAULT 'DONE'
);

-- CreateTable
CREATE TABLE "logs" (
    "log_id" TEXT NOT NULL PRIMARY KEY,
    "title" INTEGER,
    "amount" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "email" BLOB NOT NULL,
    "email2" BIGINT NOT NULL,
    "invoice_v2TenantId" TEXT,
    "invoice_v2Number" INTEGER,
    CONSTRAINT "logs_invoice_v2TenantId_invoice_v2Number_fkey" FOREIGN KEY ("invoice_v2TenantId", "invoice_v2Number") REFERENCES "Invoice_v2" ("tenantId", "number") ON DELETE SET NULL ON UPDATE SET NULL
);

-- CreateTable
CREATE TABLE "Device" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "expiresAt" REAL NOT NULL DEFAULT 1.5,
    "title" BIGINT DEFAULT 1234567890123,
    "createdAt" TEXT NOT NULL,
    "updatedAt" BOOLEAN NOT NULL DEFAULT false,
    "color" DECIMAL,
    "isactive_col" DATETIME NOT NULL,
    "raw" money,
    "updatedAt2" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Invoice_v2" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "data_col" REAL,
    "balance" BOOLEAN,
    "publishedAt" BIGINT NOT NULL,
    "raw" geometry,
    "deviceId" INTEGER NOT NULL,
    "logId" TEXT,

    PRIMARY KEY ("tenantId", "number"),
    CONSTRAINT "Invoice_v2_deviceId_fkey" FOREIGN KEY ("deviceId") REFERENCES "Device" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Invoice_v2_logId_fkey" FOREIGN KEY ("logId") REFERENCES "logs" ("log_id") ON DELETE NO ACTION ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Tag_slug_key" ON "Tag"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Tag_status_key" ON "Tag"("status");

-- CreateIndex
CREATE INDEX "Tag_payload_slug_idx" ON "Tag"("payload" DESC, "slug");

-- CreateIndex
CREATE INDEX "logs_invoice_v2TenantId_title_idx" ON "logs"("invoice_v2TenantId", "title");

-- CreateIndex
CREATE UNIQUE INDEX "Device_expiresAt_key" ON "Device"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "invoice_v2_data_uq" ON "Invoice_v2"("data_col");

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_v2_deviceId_key" ON "Invoice_v2"("deviceId");
