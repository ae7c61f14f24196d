-- CreateTable
CREATE TABLE "InvoiceEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "startsAt" BLOB,
    "meta" DECIMAL,
    "verified" BOOLEAN NOT NULL,
    "position_col" JSONB,
    "kind" BLOB NOT NULL
);

-- CreateTable
CREATE TABLE "Session" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "updatedAt" INTEGER,
    "count" JSONB NOT NULL,
    "publishedAt" INTEGER NOT NULL DEFAULT 42,
    "raw" DATE,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateTable
CREATE TABLE "Account" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "url" JSONB NOT NULL,
    "color" DATETIME NOT NULL DEFAULT '2024-01-02 03:04:05 +00:00'
);

-- CreateIndex
CREATE UNIQUE INDEX "InvoiceEntry_verified_key" ON "InvoiceEntry"("verified");

-- CreateIndex
CREATE UNIQUE INDEX "Session_publishedAt_key" ON "Session"("publishedAt");

-- CreateIndex
CREATE INDEX "Account_color_idx" ON "Account"("color");
