-- CreateTable
CREATE TABLE "Coupon" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "email" TEXT NOT NULL,
    "rank" BOOLEAN NOT NULL,
    "balance" BOOLEAN NOT NULL,
    "endsAt" JSONB,
    "balance2" BOOLEAN DEFAULT false,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateTable
CREATE TABLE "Channel" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "total" BLOB NOT NULL,
    "endsat_col" TEXT NOT NULL,
    "title" DATETIME DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "File" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "createdAt" REAL NOT NULL,
    "url" DATETIME,
    "channelid_ref" INTEGER,

    PRIMARY KEY ("tenantId", "number"),
    CONSTRAINT "File_channelid_ref_fkey" FOREIGN KEY ("channelid_ref") REFERENCES "Channel" ("id") ON DELETE CASCADE ON UPDATE SET NULL
);

-- CreateTable
CREATE TABLE "Invoice" (
    "couponTenantId" TEXT NOT NULL,
    "couponNumber" INTEGER NOT NULL,
    "channelEmail" TEXT NOT NULL,

    PRIMARY KEY ("couponTenantId", "couponNumber", "channelEmail"),
    CONSTRAINT "Invoice_couponTenantId_couponNumber_fkey" FOREIGN KEY ("couponTenantId", "couponNumber") REFERENCES "Coupon" ("tenantId", "number") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Invoice_channelEmail_fkey" FOREIGN KEY ("channelEmail") REFERENCES "Channel" ("email") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Coupon_email_key" ON "Coupon"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Channel_email_key" ON "Channel"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Channel_endsat_col_email_key" ON "Channel"("endsat_col", "email");

-- CreateIndex
CREATE INDEX "File_channelid_ref_idx" ON "File"("channelid_ref");

-- CreateIndex
CREATE INDEX "file_channelid_0_ix" ON "File"("channelid_ref" DESC);
