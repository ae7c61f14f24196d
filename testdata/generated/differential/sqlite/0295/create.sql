-- CreateTable
CREATE TABLE "Channel" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "secret" INTEGER,
    "amount" REAL DEFAULT 0,
    "createdAt" BLOB,
    "updatedat_col" REAL NOT NULL DEFAULT 1.5,
    "amount2_col" JSONB NOT NULL,
    "channelTenantId" TEXT,
    "channelNumber" INTEGER,
    "channelTenantId2" TEXT,
    "channelNumber2" INTEGER,

    PRIMARY KEY ("tenantId", "number"),
    CONSTRAINT "Channel_channelTenantId_channelNumber_fkey" FOREIGN KEY ("channelTenantId", "channelNumber") REFERENCES "Channel" ("tenantId", "number") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Channel_channelTenantId2_channelNumber2_fkey" FOREIGN KEY ("channelTenantId2", "channelNumber2") REFERENCES "Channel" ("tenantId", "number") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Payment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "note" INTEGER DEFAULT 42
);

-- CreateIndex
CREATE UNIQUE INDEX "Channel_slug_key" ON "Channel"("slug");

-- CreateIndex
CREATE INDEX "Channel_channelTenantId2_channelNumber2_idx" ON "Channel"("channelTenantId2", "channelNumber2");

-- CreateIndex
CREATE UNIQUE INDEX "Channel_channelTenantId_channelNumber_key" ON "Channel"("channelTenantId", "channelNumber");

-- CreateIndex
CREATE INDEX "Payment_note_idx" ON "Payment"("note" DESC);

-- CreateIndex
CREATE INDEX "payment_note_1_ix" ON "Payment"("note");
