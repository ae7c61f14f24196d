-- CreateTable
CREATE TABLE "AccountWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "data" BOOLEAN,
    "expiresAt" INTEGER NOT NULL,
    "note" DATETIME NOT NULL,
    "note2" TEXT DEFAULT '',
    "teamKind" TEXT NOT NULL DEFAULT 'Published',

    PRIMARY KEY ("tenantId", "number")
);

-- CreateTable
CREATE TABLE "Price" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "meta" INTEGER DEFAULT 42,
    "meta2" INTEGER,
    "note" INTEGER,
    "expiresAt" INTEGER NOT NULL DEFAULT -7,
    "status" DECIMAL NOT NULL DEFAULT 2.25,
    "name" DECIMAL NOT NULL,
    "accountTenantId" TEXT NOT NULL,
    "accountNumber" INTEGER NOT NULL,
    CONSTRAINT "Price_accountTenantId_accountNumber_fkey" FOREIGN KEY ("accountTenantId", "accountNumber") REFERENCES "AccountWithAVeryLongNameThatGoesOnAndOnForTruncation" ("tenantId", "number") ON DELETE CASCADE ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "Role" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "startsat_col" DATETIME NOT NULL,
    "size" DECIMAL NOT NULL DEFAULT 1.5,
    "teamKind" TEXT NOT NULL DEFAULT 'ARCHIVED',
    "priceId" INTEGER NOT NULL,
    "priceId2" INTEGER NOT NULL,
    CONSTRAINT "Role_priceId_fkey" FOREIGN KEY ("priceId") REFERENCES "Price" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Role_priceId2_fkey" FOREIGN KEY ("priceId2") REFERENCES "Price" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PostWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "accountWithAVeryLongNameThatGoesOnAndOnForTruncationTenantId" TEXT NOT NULL,
    "accountWithAVeryLongNameThatGoesOnAndOnForTruncationNumber" INTEGER NOT NULL,
    "priceId" INTEGER NOT NULL,
    "assignedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("accountWithAVeryLongNameThatGoesOnAndOnForTruncationTenantId", "accountWithAVeryLongNameThatGoesOnAndOnForTruncationNumber", "priceId"),
    CONSTRAINT "PostWithAVeryLongNameThatGoesOnAndOnForTruncation_accountWithAVeryLongNameThatGoesOnAndOnForTruncationTenantId_accountWithAVeryLongNameThatGoesOnAndOnForTruncationNumber_fkey" FOREIGN KEY ("accountWithAVeryLongNameThatGoesOnAndOnForTruncationTenantId", "accountWithAVeryLongNameThatGoesOnAndOnForTruncationNumber") REFERENCES "AccountWithAVeryLongNameThatGoesOnAndOnForTruncation" ("tenantId", "number") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "PostWithAVeryLongNameThatGoesOnAndOnForTruncation_priceId_fkey" FOREIGN KEY ("priceId") REFERENCES "Price" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "AccountWithAVeryLongNameThatGoesOnAndOnForTruncation_expiresAt_idx" ON "AccountWithAVeryLongNameThatGoesOnAndOnForTruncation"("expiresAt");

-- CreateIndex
CREATE INDEX "Price_status_idx" ON "Price"("status");

-- CreateIndex
CREATE UNIQUE INDEX "Price_accountTenantId_accountNumber_key" ON "Price"("accountTenantId", "accountNumber");

-- CreateIndex
CREATE UNIQUE INDEX "price_pair_key" ON "Price"("name", "meta");

-- CreateIndex
CREATE UNIQUE INDEX "Role_email_key" ON "Role"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Role_priceId_key" ON "Role"("priceId");

-- CreateIndex
CREATE UNIQUE INDEX "Role_priceId2_key" ON "Role"("priceId2");
