-- CreateTable
CREATE TABLE "Audit" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "level" DECIMAL,
    "payload" JSONB,
    "total" DATETIME NOT NULL,
    "ratio" BOOLEAN,
    "balance" BIGINT,
    "total2_col" BOOLEAN NOT NULL,
    "paymentId" TEXT,
    "paymentId2" TEXT NOT NULL,
    "paymentId3" TEXT NOT NULL,

    PRIMARY KEY ("tenantId", "number"),
    CONSTRAINT "Audit_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "Payment" ("id") ON DELETE SET NULL ON UPDATE SET DEFAULT,
    CONSTRAINT "Audit_paymentId2_fkey" FOREIGN KEY ("paymentId2") REFERENCES "Payment" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Audit_paymentId3_fkey" FOREIGN KEY ("paymentId3") REFERENCES "Payment" ("id") ON DELETE NO ACTION ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Task" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "note" DECIMAL NOT NULL,
    "amount" BIGINT DEFAULT 1234567890123,
    "ratio" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "hash" TEXT NOT NULL,
    "count" DECIMAL DEFAULT 0,
    "verified" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Payment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Shipment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "ratio" BOOLEAN NOT NULL,
    "avatar" REAL DEFAULT 1.5,
    "score" INTEGER DEFAULT 1,
    "level" INTEGER NOT NULL DEFAULT 0,
    "email" INTEGER NOT NULL,
    "note" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "teams" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "hash" DATETIME NOT NULL DEFAULT '2024-01-02 03:04:05 +00:00',
    "total" BLOB NOT NULL,
    "raw" money,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateTable
CREATE TABLE "Channel" (
    "auditTenantId" TEXT NOT NULL,
    "auditNumber" INTEGER NOT NULL,
    "taskId" INTEGER NOT NULL,

    PRIMARY KEY ("auditTenantId", "auditNumber", "taskId"),
    CONSTRAINT "Channel_auditTenantId_auditNumber_fkey" FOREIGN KEY ("auditTenantId", "auditNumber") REFERENCES "Audit" ("tenantId", "number") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Channel_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "User" (
    "auditTenantId" TEXT NOT NULL,
    "auditNumber" INTEGER NOT NULL,
    "paymentId" TEXT NOT NULL,
    "shipmentId" INTEGER,

    PRIMARY KEY ("auditTenantId", "auditNumber", "paymentId"),
    CONSTRAINT "User_auditTenantId_auditNumber_fkey" FOREIGN KEY ("auditTenantId", "auditNumber") REFERENCES "Audit" ("tenantId", "number") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "User_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "Payment" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "User_shipmentId_fkey" FOREIGN KEY ("shipmentId") REFERENCES "Shipment" ("id") ON DELETE SET NULL ON UPDATE SET DEFAULT
);

-- CreateIndex
CREATE UNIQUE INDEX "Audit_paymentId_key" ON "Audit"("paymentId");

-- CreateIndex
CREATE UNIQUE INDEX "Audit_paymentId3_key" ON "Audit"("paymentId3");

-- CreateIndex
CREATE INDEX "Audit_level_idx" ON "Audit"("level");

-- CreateIndex
CREATE INDEX "Audit_paymentId_idx" ON "Audit"("paymentId");

-- CreateIndex
CREATE INDEX "Shipment_email_idx" ON "Shipment"("email");

-- CreateIndex
CREATE INDEX "Shipment_ratio_idx" ON "Shipment"("ratio");

-- CreateIndex
CREATE INDEX "teams_hash_idx" ON "teams"("hash");

-- CreateIndex
CREATE INDEX "User_shipmentId_idx" ON "User"("shipmentId");

-- CreateIndex
CREATE INDEX "user_shipmentid_1_ix" ON "User"("shipmentId");
