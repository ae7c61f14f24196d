-- CreateTable
CREATE TABLE "Profile" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "verified" REAL DEFAULT -2.25,
    "updatedAt" BIGINT,
    "title" BOOLEAN NOT NULL,
    "weight" TEXT NOT NULL DEFAULT 'it''s',
    "version" TEXT NOT NULL,
    "data" TEXT,
    "accountKind" TEXT NOT NULL,

    PRIMARY KEY ("number", "tenantId")
);

-- CreateTable
CREATE TABLE "Refund" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "code" DATETIME DEFAULT '2024-01-02 03:04:05 +00:00',
    "payload" BIGINT,
    "verified" DATETIME,
    "publishedat_col" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "priceId" INTEGER NOT NULL,
    CONSTRAINT "Refund_priceId_fkey" FOREIGN KEY ("priceId") REFERENCES "Price" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Price" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "createdAt" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "price" BLOB,
    "kind" INTEGER DEFAULT -7,
    "expiresAt" BLOB,
    "status" REAL NOT NULL DEFAULT 1.5,
    "score" BLOB,
    "accountKind" TEXT
);

-- CreateTable
CREATE TABLE "Region" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "handle" TEXT NOT NULL,
    "secret" BIGINT NOT NULL DEFAULT 1234567890123,
    "updatedAt" BOOLEAN,
    "avatar" TEXT,
    "secret2" TEXT NOT NULL,
    "title" JSONB NOT NULL,
    "balance" DATETIME DEFAULT '2024-01-02 03:04:05 +00:00'
);

-- CreateIndex
CREATE INDEX "Profile_accountKind_updatedAt_idx" ON "Profile"("accountKind", "updatedAt");

-- CreateIndex
CREATE INDEX "Profile_accountKind_idx" ON "Profile"("accountKind" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Refund_email_key" ON "Refund"("email");

-- CreateIndex
CREATE INDEX "Refund_priceId_idx" ON "Refund"("priceId");

-- CreateIndex
CREATE UNIQUE INDEX "Region_handle_key" ON "Region"("handle");

-- CreateIndex
CREATE INDEX "Region_secret_avatar_idx" ON "Region"("secret", "avatar");
