-- CreateTable
CREATE TABLE "tokens" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "secret" JSONB,
    "name" INTEGER NOT NULL DEFAULT 0,
    "raw" geometry,
    "taskTenantId" TEXT NOT NULL,
    "taskNumber" INTEGER NOT NULL,
    CONSTRAINT "tokens_taskTenantId_taskNumber_fkey" FOREIGN KEY ("taskTenantId", "taskNumber") REFERENCES "Task" ("tenantId", "number") ON DELETE NO ACTION ON UPDATE RESTRICT
);

-- CreateTable
CREATE TABLE "Address" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "handle" TEXT NOT NULL,
    "email" JSONB NOT NULL,
    "body" BLOB,
    "price" TEXT NOT NULL,
    "publishedAt" DECIMAL NOT NULL,
    "count" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "url" BIGINT NOT NULL
);

-- CreateTable
CREATE TABLE "Task" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "name" REAL NOT NULL DEFAULT -2.25,
    "body" DATETIME,
    "amount" BIGINT DEFAULT 1234567890123,
    "rank" BLOB NOT NULL,
    "startsAt" INTEGER NOT NULL,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateTable
CREATE TABLE "Cart" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "endsAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "level" BLOB,
    "count" BOOLEAN NOT NULL,
    "amount" BOOLEAN,
    "cartId" TEXT,
    CONSTRAINT "Cart_cartId_fkey" FOREIGN KEY ("cartId") REFERENCES "Cart" ("id") ON DELETE NO ACTION ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "tokens_email_key" ON "tokens"("email");

-- CreateIndex
CREATE INDEX "tokens_taskTenantId_taskNumber_idx" ON "tokens"("taskTenantId", "taskNumber");

-- CreateIndex
CREATE INDEX "tokens_name_idx" ON "tokens"("name" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Address_handle_key" ON "Address"("handle");

-- CreateIndex
CREATE INDEX "address_publishedat_0_ix" ON "Address"("publishedAt");

-- CreateIndex
CREATE INDEX "Address_count_publishedAt_idx" ON "Address"("count", "publishedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Task_startsAt_key" ON "Task"("startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "Task_body_name_key" ON "Task"("body", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Cart_cartId_key" ON "Cart"("cartId");
