-- CreateTable
CREATE TABLE "Ticket" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "note" REAL,
    "level" BLOB NOT NULL,
    "weight" BLOB NOT NULL,
    "rank" REAL,
    "raw" VARCHAR(10)
);

-- CreateTable
CREATE TABLE "Token" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "handle" TEXT NOT NULL,
    "label" JSONB,
    "total" BOOLEAN NOT NULL,
    "status" REAL NOT NULL DEFAULT 1.5,
    "accountId" INTEGER NOT NULL,
    "tokenId" TEXT,
    "tokenId2" TEXT,
    CONSTRAINT "Token_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "accounts" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Token_tokenId_fkey" FOREIGN KEY ("tokenId") REFERENCES "Token" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Token_tokenId2_fkey" FOREIGN KEY ("tokenId2") REFERENCES "Token" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Plan" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "updatedAt" REAL NOT NULL,
    "price" TEXT NOT NULL,
    "cartKind" TEXT NOT NULL DEFAULT 'draft_value',
    "tokenId" TEXT NOT NULL,
    CONSTRAINT "Plan_tokenId_fkey" FOREIGN KEY ("tokenId") REFERENCES "Token" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "accounts" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "handle" TEXT NOT NULL,
    "score_col" DECIMAL NOT NULL,
    "cartKind" TEXT NOT NULL DEFAULT 'draft_value',
    "accountId" INTEGER,
    CONSTRAINT "accounts_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "accounts" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Ticket_email_key" ON "Ticket"("email");

-- CreateIndex
CREATE INDEX "Ticket_email_idx" ON "Ticket"("email" DESC);

-- CreateIndex
CREATE INDEX "Ticket_note_email_idx" ON "Ticket"("note", "email");

-- CreateIndex
CREATE UNIQUE INDEX "Token_handle_key" ON "Token"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "Token_total_key" ON "Token"("total");

-- CreateIndex
CREATE UNIQUE INDEX "Token_tokenId2_key" ON "Token"("tokenId2");

-- CreateIndex
CREATE INDEX "Token_tokenId_idx" ON "Token"("tokenId");

-- CreateIndex
CREATE INDEX "Token_status_idx" ON "Token"("status");

-- CreateIndex
CREATE INDEX "Plan_tokenId_idx" ON "Plan"("tokenId");

-- CreateIndex
CREATE INDEX "Plan_cartKind_idx" ON "Plan"("cartKind" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Plan_cartKind_price_key" ON "Plan"("cartKind", "price");

-- CreateIndex
CREATE UNIQUE INDEX "accounts_handle_key" ON "accounts"("handle");

-- CreateIndex
CREATE INDEX "accounts_score_col_idx" ON "accounts"("score_col");
