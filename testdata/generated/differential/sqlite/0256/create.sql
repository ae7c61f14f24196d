-- CreateTable
CREATE TABLE "ReviewWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "title" JSONB NOT NULL,
    "meta" REAL NOT NULL DEFAULT 0,
    "sessionKind" TEXT NOT NULL,
    "channelId" TEXT NOT NULL,

    PRIMARY KEY ("tenantId", "number"),
    CONSTRAINT "ReviewWithAVeryLongNameThatGoesOnAndOnForTruncation_channelId_fkey" FOREIGN KEY ("channelId") REFERENCES "Channel" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Order" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "startsat_col" DATETIME,
    "version" BLOB,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateTable
CREATE TABLE "Ticket" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "color" INTEGER NOT NULL,
    "updatedAt" INTEGER NOT NULL,
    "productKind" TEXT,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateTable
CREATE TABLE "Channel" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "updatedAt" TEXT NOT NULL,
    "kind" DATETIME,
    "sessionKind" TEXT,
    "ticketTenantId" TEXT NOT NULL,
    "ticketNumber" INTEGER NOT NULL,
    "reviewTenantId" TEXT,
    "reviewNumber" INTEGER,
    "channelId" TEXT,
    CONSTRAINT "Channel_ticketTenantId_ticketNumber_fkey" FOREIGN KEY ("ticketTenantId", "ticketNumber") REFERENCES "Ticket" ("tenantId", "number") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Channel_reviewTenantId_reviewNumber_fkey" FOREIGN KEY ("reviewTenantId", "reviewNumber") REFERENCES "ReviewWithAVeryLongNameThatGoesOnAndOnForTruncation" ("tenantId", "number") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Channel_channelId_fkey" FOREIGN KEY ("channelId") REFERENCES "Channel" ("id") ON DELETE SET NULL ON UPDATE SET NULL
);

-- CreateTable
CREATE TABLE "Member" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "amount" BLOB NOT NULL,
    "avatar" INTEGER,
    "level" JSONB NOT NULL,
    "score" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "order_startsat_0_ix" ON "Order"("startsat_col");

-- CreateIndex
CREATE UNIQUE INDEX "Ticket_productKind_key" ON "Ticket"("productKind");

-- CreateIndex
CREATE INDEX "Ticket_color_idx" ON "Ticket"("color");

-- CreateIndex
CREATE INDEX "Ticket_productKind_color_idx" ON "Ticket"("productKind" DESC, "color");

-- CreateIndex
CREATE UNIQUE INDEX "Channel_kind_key" ON "Channel"("kind");

-- CreateIndex
CREATE INDEX "Channel_ticketTenantId_ticketNumber_idx" ON "Channel"("ticketTenantId", "ticketNumber");

-- CreateIndex
CREATE INDEX "Channel_updatedAt_idx" ON "Channel"("updatedAt");

-- CreateIndex
CREATE INDEX "channel_tickettenantid_1_ix" ON "Channel"("ticketTenantId");
