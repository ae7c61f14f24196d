-- CreateTable
CREATE TABLE "Payment" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "data" INTEGER NOT NULL,
    "title" BOOLEAN DEFAULT false,
    "itemKind" TEXT,
    "deviceCartHandle" TEXT,
    "devicePaymentTenantId" TEXT,
    "devicePaymentNumber" INTEGER,

    PRIMARY KEY ("tenantId", "number"),
    CONSTRAINT "Payment_deviceCartHandle_devicePaymentTenantId_devicePaymentNumber_fkey" FOREIGN KEY ("deviceCartHandle", "devicePaymentTenantId", "devicePaymentNumber") REFERENCES "Device" ("cartHandle", "paymentTenantId", "paymentNumber") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Project" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "payload" BOOLEAN NOT NULL,
    "email" BOOLEAN NOT NULL DEFAULT true,
    "data" TEXT,
    "logid_ref" INTEGER NOT NULL,
    CONSTRAINT "Project_logid_ref_fkey" FOREIGN KEY ("logid_ref") REFERENCES "Log" ("id") ON DELETE NO ACTION ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Task" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "weight_col" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "createdat_col" TEXT,
    "raw" geometry,
    "logId" INTEGER NOT NULL,
    "projectId" TEXT NOT NULL,

    PRIMARY KEY ("tenantId", "number"),
    CONSTRAINT "Task_logId_fkey" FOREIGN KEY ("logId") REFERENCES "Log" ("id") ON DELETE SET DEFAULT ON UPDATE CASCADE,
    CONSTRAINT "Task_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE SET DEFAULT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Cart" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "handle" TEXT NOT NULL,
    "startsAt" REAL DEFAULT -2.25,
    "meta" DECIMAL NOT NULL,
    "projectId" TEXT,
    CONSTRAINT "Cart_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE NO ACTION ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Log" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "hash" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "label" BIGINT NOT NULL,
    "expiresAt" INTEGER NOT NULL DEFAULT 42,
    "amount" REAL NOT NULL DEFAULT 0,
    "position" TEXT DEFAULT '',
    "data" BIGINT NOT NULL
);

-- CreateTable
CREATE TABLE "Device" (
    "cartHandle" TEXT NOT NULL,
    "paymentTenantId" TEXT NOT NULL,
    "paymentNumber" INTEGER NOT NULL,

    PRIMARY KEY ("cartHandle", "paymentTenantId", "paymentNumber"),
    CONSTRAINT "Device_cartHandle_fkey" FOREIGN KEY ("cartHandle") REFERENCES "Cart" ("handle") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Device_paymentTenantId_paymentNumber_fkey" FOREIGN KEY ("paymentTenantId", "paymentNumber") REFERENCES "Payment" ("tenantId", "number") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Payment_data_key" ON "Payment"("data");

-- CreateIndex
CREATE INDEX "Payment_deviceCartHandle_devicePaymentTenantId_devicePaymentNumber_idx" ON "Payment"("deviceCartHandle", "devicePaymentTenantId", "devicePaymentNumber");

-- CreateIndex
CREATE INDEX "Payment_itemKind_idx" ON "Payment"("itemKind");

-- CreateIndex
CREATE UNIQUE INDEX "Project_logid_ref_key" ON "Project"("logid_ref");

-- CreateIndex
CREATE UNIQUE INDEX "Task_slug_key" ON "Task"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "task_createdat_uq" ON "Task"("createdat_col");

-- CreateIndex
CREATE UNIQUE INDEX "Task_logId_key" ON "Task"("logId");

-- CreateIndex
CREATE INDEX "Task_slug_idx" ON "Task"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Cart_handle_key" ON "Cart"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "Cart_projectId_key" ON "Cart"("projectId");

-- CreateIndex
CREATE INDEX "Cart_projectId_handle_idx" ON "Cart"("projectId", "handle");

-- CreateIndex
CREATE UNIQUE INDEX "log_hash_uq" ON "Log"("hash");
