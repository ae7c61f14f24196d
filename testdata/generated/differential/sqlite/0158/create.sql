-- CreateTable
CREATE TABLE "Plan" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "position" TEXT,
    "publishedAt" DATETIME,
    "price" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateTable
CREATE TABLE "Cart" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "endsAt" TEXT NOT NULL,
    "price" TEXT DEFAULT 'back\slash',
    "slug" DECIMAL,
    "raw" money,
    "ticketId" INTEGER,
    "cartId" TEXT,
    CONSTRAINT "Cart_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "tickets" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Cart_cartId_fkey" FOREIGN KEY ("cartId") REFERENCES "Cart" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "tickets" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "hash" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "score" DATETIME NOT NULL,
    "balance" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "members" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "meta" INTEGER NOT NULL,
    "hash" DATETIME
);

-- CreateTable
CREATE TABLE "Token" (
    "token_id" TEXT NOT NULL PRIMARY KEY,
    "rank" DATETIME,
    "price" BIGINT,
    "score" TEXT DEFAULT 'x',
    "version_col" INTEGER DEFAULT 0,
    "raw" Int4
);

-- CreateTable
CREATE TABLE "MessageEntry" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "name" TEXT NOT NULL,

    PRIMARY KEY ("number", "tenantId")
);

-- CreateTable
CREATE TABLE "_CartToMember" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,
    CONSTRAINT "_CartToMember_A_fkey" FOREIGN KEY ("A") REFERENCES "Cart" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_CartToMember_B_fkey" FOREIGN KEY ("B") REFERENCES "members" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_MemberToToken" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,
    CONSTRAINT "_MemberToToken_A_fkey" FOREIGN KEY ("A") REFERENCES "members" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_MemberToToken_B_fkey" FOREIGN KEY ("B") REFERENCES "Token" ("token_id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "plan_price_uq" ON "Plan"("price");

-- CreateIndex
CREATE INDEX "plan_publishedat_0_ix" ON "Plan"("publishedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Cart_ticketId_key" ON "Cart"("ticketId");

-- CreateIndex
CREATE UNIQUE INDEX "Cart_cartId_key" ON "Cart"("cartId");

-- CreateIndex
CREATE UNIQUE INDEX "ticket_score_uq" ON "tickets"("score");

-- CreateIndex
CREATE INDEX "tickets_hash_idx" ON "tickets"("hash" DESC);

-- CreateIndex
CREATE INDEX "ticket_hash_1_ix" ON "tickets"("hash");

-- CreateIndex
CREATE INDEX "members_meta_hash_idx" ON "members"("meta", "hash");

-- CreateIndex
CREATE UNIQUE INDEX "Token_rank_key" ON "Token"("rank");

-- CreateIndex
CREATE INDEX "token_price_0_ix" ON "Token"("price");

-- CreateIndex
CREATE INDEX "Token_rank_idx" ON "Token"("rank");

-- CreateIndex
CREATE UNIQUE INDEX "_CartToMember_AB_unique" ON "_CartToMember"("A", "B");

-- CreateIndex
CREATE INDEX "_CartToMember_B_index" ON "_CartToMember"("B");

-- CreateIndex
CREATE UNIQUE INDEX "_MemberToToken_AB_unique" ON "_MemberToToken"("A", "B");

-- CreateIndex
CREATE INDEX "_MemberToToken_B_index" ON "_MemberToToken"("B");
