-- CreateTable
CREATE TABLE "Order" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "publishedAt" TEXT,
    "publishedAt2" DECIMAL NOT NULL DEFAULT 1.5,
    "level" JSONB NOT NULL,
    "color" TEXT,
    "rank_col" BOOLEAN NOT NULL,
    "score" DATETIME NOT NULL DEFAULT '2024-01-02 03:04:05 +00:00',
    "memberKind" TEXT NOT NULL DEFAULT 'DONE',
    "orderId" INTEGER,
    CONSTRAINT "Order_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Ticket_v2" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" DATETIME NOT NULL,
    "name2" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "logKind" TEXT NOT NULL DEFAULT 'LOW'
);

-- CreateIndex
CREATE UNIQUE INDEX "Order_color_key" ON "Order"("color");

-- CreateIndex
CREATE INDEX "Order_color_idx" ON "Order"("color");

-- CreateIndex
CREATE INDEX "Order_score_idx" ON "Order"("score");

-- CreateIndex
CREATE UNIQUE INDEX "order_pair_key" ON "Order"("rank_col", "memberKind");

-- CreateIndex
CREATE UNIQUE INDEX "Ticket_v2_logKind_key" ON "Ticket_v2"("logKind");
