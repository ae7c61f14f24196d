-- CreateTable
CREATE TABLE "Role" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "amount" TEXT,
    "total" DECIMAL NOT NULL DEFAULT 1.5,
    "payload" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "rank" JSONB,
    "email2" REAL NOT NULL,
    "note" INTEGER NOT NULL,
    "raw" VARCHAR(10)
);

-- CreateTable
CREATE TABLE "Price" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL DEFAULT 'a "quoted" word',
    "balance" REAL,
    "email" BOOLEAN NOT NULL,
    "expiresAt" JSONB NOT NULL,
    "code" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "status" DATETIME NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "Role_email_key" ON "Role"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Role_total_key" ON "Role"("total");

-- CreateIndex
CREATE INDEX "role_email_0_ix" ON "Role"("email");

-- CreateIndex
CREATE INDEX "Role_payload_email_idx" ON "Role"("payload", "email");

-- CreateIndex
CREATE UNIQUE INDEX "Price_name_key" ON "Price"("name");

-- CreateIndex
CREATE INDEX "Price_code_idx" ON "Price"("code");
