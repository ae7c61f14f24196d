-- CreateTable
CREATE TABLE "stores" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "secret" BIGINT NOT NULL,
    "amount" BIGINT NOT NULL DEFAULT 1234567890123,
    "expiresAt" DATETIME NOT NULL DEFAULT '2024-01-02 03:04:05 +00:00',
    "payload" TEXT DEFAULT 'x',
    "body" TEXT,
    "isActive" JSONB,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateTable
CREATE TABLE "Account" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "email" INTEGER DEFAULT 0,
    "color" DATETIME NOT NULL,
    "note" JSONB NOT NULL,
    "version" BLOB NOT NULL,
    "verified" TEXT DEFAULT '',
    "startsAt" BIGINT,
    "accountTenantId" TEXT,
    "accountNumber" INTEGER,

    PRIMARY KEY ("tenantId", "number"),
    CONSTRAINT "Account_accountTenantId_accountNumber_fkey" FOREIGN KEY ("accountTenantId", "accountNumber") REFERENCES "Account" ("tenantId", "number") ON DELETE SET NULL ON UPDATE SET DEFAULT
);

-- CreateIndex
CREATE INDEX "stores_body_amount_idx" ON "stores"("body", "amount");

-- CreateIndex
CREATE INDEX "stores_expiresAt_payload_idx" ON "stores"("expiresAt", "payload");

-- CreateIndex
CREATE UNIQUE INDEX "Account_slug_key" ON "Account"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Account_verified_key" ON "Account"("verified");

-- CreateIndex
CREATE INDEX "account_accounttenantid_0_ix" ON "Account"("accountTenantId" DESC);

-- CreateIndex
CREATE INDEX "Account_email_idx" ON "Account"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Account_slug_startsAt_key" ON "Account"("slug", "startsAt");
