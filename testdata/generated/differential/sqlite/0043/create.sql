-- CreateTable
CREATE TABLE "Ticket" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "amount" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "score" REAL NOT NULL DEFAULT -2.25,
    "createdAt" BOOLEAN DEFAULT false,
    "email" BIGINT NOT NULL,
    "position" BLOB NOT NULL,
    "itemKind" TEXT NOT NULL DEFAULT 'INACTIVE',

    PRIMARY KEY ("tenantId", "number")
);

-- CreateTable
CREATE TABLE "audits" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "status" TEXT,
    "auditId" TEXT,
    CONSTRAINT "audits_auditId_fkey" FOREIGN KEY ("auditId") REFERENCES "audits" ("id") ON DELETE SET NULL ON UPDATE RESTRICT
);

-- CreateTable
CREATE TABLE "Account" (
    "account_id" TEXT NOT NULL PRIMARY KEY,
    "total" BIGINT NOT NULL DEFAULT 1234567890123,
    "amount" REAL NOT NULL DEFAULT -2.25,
    "version" BLOB,
    "version2" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "auditId" TEXT NOT NULL,
    "auditId2" TEXT NOT NULL,
    CONSTRAINT "Account_auditId_fkey" FOREIGN KEY ("auditId") REFERENCES "audits" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Account_auditId2_fkey" FOREIGN KEY ("auditId2") REFERENCES "audits" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Comment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "price_col" BLOB NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "Ticket_slug_key" ON "Ticket"("slug");

-- CreateIndex
CREATE INDEX "Ticket_amount_slug_idx" ON "Ticket"("amount", "slug");

-- CreateIndex
CREATE UNIQUE INDEX "ticket_pair_key" ON "Ticket"("createdAt", "email");

-- CreateIndex
CREATE INDEX "audits_auditId_status_idx" ON "audits"("auditId" DESC, "status");

-- CreateIndex
CREATE UNIQUE INDEX "Account_level_key" ON "Account"("level");

-- CreateIndex
CREATE UNIQUE INDEX "Account_auditId_key" ON "Account"("auditId");

-- CreateIndex
CREATE UNIQUE INDEX "Account_auditId2_key" ON "Account"("auditId2");

-- CreateIndex
CREATE INDEX "account_auditid_0_ix" ON "Account"("auditId");
