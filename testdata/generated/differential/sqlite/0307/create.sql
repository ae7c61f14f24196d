-- CreateTable
CREATE TABLE "Refund" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "email" JSONB NOT NULL,
    "kind" BLOB NOT NULL,
    "size" REAL DEFAULT 0,
    "raw" circle,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateTable
CREATE TABLE "Order" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "updatedAt" BLOB NOT NULL,
    "secret" JSONB NOT NULL,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateTable
CREATE TABLE "ChannelWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "kind" BIGINT NOT NULL DEFAULT 0,
    "balance" BLOB,
    "label" REAL,
    "ratio" TEXT
);

-- CreateTable
CREATE TABLE "plans" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "handle" TEXT NOT NULL,
    "hash" DATETIME NOT NULL,
    "data" TEXT NOT NULL DEFAULT 'hello',
    "verified" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "Price" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "startsAt" JSONB NOT NULL,
    "body" TEXT,
    "label" DECIMAL NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Channel" (
    "planHandle" TEXT NOT NULL,
    "orderTenantId" TEXT NOT NULL,
    "orderNumber" INTEGER NOT NULL,

    PRIMARY KEY ("planHandle", "orderTenantId", "orderNumber"),
    CONSTRAINT "Channel_planHandle_fkey" FOREIGN KEY ("planHandle") REFERENCES "plans" ("handle") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Channel_orderTenantId_orderNumber_fkey" FOREIGN KEY ("orderTenantId", "orderNumber") REFERENCES "Order" ("tenantId", "number") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Refund_size_key" ON "Refund"("size");

-- CreateIndex
CREATE INDEX "Refund_size_idx" ON "Refund"("size");

-- CreateIndex
CREATE INDEX "refund_size_1_ix" ON "Refund"("size");

-- CreateIndex
CREATE INDEX "ChannelWithAVeryLongNameThatGoesOnAndOnForTruncation_label_idx" ON "ChannelWithAVeryLongNameThatGoesOnAndOnForTruncation"("label");

-- CreateIndex
CREATE INDEX "channelwithaverylongnamethatgoesonandonf_label_1_ix" ON "ChannelWithAVeryLongNameThatGoesOnAndOnForTruncation"("label", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "plans_handle_key" ON "plans"("handle");

-- CreateIndex
CREATE INDEX "plans_data_idx" ON "plans"("data");

-- CreateIndex
CREATE INDEX "plans_handle_idx" ON "plans"("handle");

-- CreateIndex
CREATE INDEX "Price_body_idx" ON "Price"("body");
