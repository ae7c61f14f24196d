-- CreateTable
CREATE TABLE "Invoice" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "expiresAt" DECIMAL DEFAULT 1.5,
    "balance" INTEGER NOT NULL,
    "position" DECIMAL NOT NULL,
    "invoiceId" INTEGER,
    "channelTenantId" TEXT,
    "channelNumber" INTEGER,
    CONSTRAINT "Invoice_invoiceId_fkey" FOREIGN KEY ("invoiceId") REFERENCES "Invoice" ("id") ON DELETE NO ACTION ON UPDATE CASCADE,
    CONSTRAINT "Invoice_channelTenantId_channelNumber_fkey" FOREIGN KEY ("channelTenantId", "channelNumber") REFERENCES "ChannelWithAVeryLongNameThatGoesOnAndOnForTruncation" ("tenantId", "number") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Profile" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "handle" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,
    "note" DECIMAL NOT NULL,
    "size" BOOLEAN NOT NULL,
    "invoiceId" INTEGER,
    CONSTRAINT "Profile_invoiceId_fkey" FOREIGN KEY ("invoiceId") REFERENCES "Invoice" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Plan" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "email" TEXT NOT NULL,
    "expiresAt" REAL,
    "ratio" REAL DEFAULT 1.5,
    "updatedAt" BOOLEAN NOT NULL DEFAULT true,
    "balance" INTEGER NOT NULL DEFAULT 42,
    "expiresAt2" INTEGER NOT NULL DEFAULT 42,

    PRIMARY KEY ("number", "tenantId")
);

-- CreateTable
CREATE TABLE "ChannelWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "hash" REAL DEFAULT 1.5,
    "weight" INTEGER DEFAULT 0,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateTable
CREATE TABLE "Audit" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "amount" DECIMAL NOT NULL DEFAULT 2.25,
    "amount2" REAL,
    "price" REAL DEFAULT -2.25,
    "body_col" INTEGER DEFAULT 1,
    "data" BOOLEAN,

    PRIMARY KEY ("number", "tenantId")
);

-- CreateTable
CREATE TABLE "Log" (
    "log_id" TEXT NOT NULL PRIMARY KEY,
    "flags" BOOLEAN NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_invoiceId_key" ON "Invoice"("invoiceId");

-- CreateIndex
CREATE INDEX "Invoice_channelTenantId_channelNumber_idx" ON "Invoice"("channelTenantId", "channelNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Profile_handle_key" ON "Profile"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "profile_count_uq" ON "Profile"("count");

-- CreateIndex
CREATE UNIQUE INDEX "Plan_email_key" ON "Plan"("email");

-- CreateIndex
CREATE UNIQUE INDEX "ChannelWithAVeryLongNameThatGoesOnAndOnForTruncation_slug_key" ON "ChannelWithAVeryLongNameThatGoesOnAndOnForTruncation"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Audit_amount_data_key" ON "Audit"("amount", "data");

-- CreateIndex
CREATE INDEX "Log_flags_idx" ON "Log"("flags");
