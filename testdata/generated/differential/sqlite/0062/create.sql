-- CreateTable
CREATE TABLE "FileWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "updatedat_col" DECIMAL NOT NULL,
    "rank" INTEGER NOT NULL,
    "body_col" INTEGER,
    "status" BIGINT,
    "ticketLinkKind" TEXT DEFAULT 'ARCHIVED'
);

-- CreateTable
CREATE TABLE "Note" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "secret" TEXT NOT NULL,
    "position" BLOB NOT NULL,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateTable
CREATE TABLE "Payment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "isactive_col" DECIMAL NOT NULL,
    "url" REAL NOT NULL DEFAULT -2.25,
    "version" DATETIME NOT NULL,
    "position" JSONB,
    "balance" TEXT NOT NULL,
    "taskChannelTenantId" TEXT NOT NULL,
    "taskChannelNumber" INTEGER NOT NULL,
    "taskPaymentId" INTEGER NOT NULL,
    CONSTRAINT "Payment_taskChannelTenantId_taskChannelNumber_taskPaymentId_fkey" FOREIGN KEY ("taskChannelTenantId", "taskChannelNumber", "taskPaymentId") REFERENCES "TaskWithAVeryLongNameThatGoesOnAndOnForTruncation" ("channelTenantId", "channelNumber", "paymentId") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Channel" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "email" BLOB NOT NULL,
    "data" JSONB NOT NULL,
    "balance" JSONB,
    "expiresAt" REAL NOT NULL,
    "startsAt" DATETIME NOT NULL,
    "ticketLinkKind" TEXT NOT NULL,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateTable
CREATE TABLE "CommentHistory" (
    "commenthistory_id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "ratio" BLOB,
    "ticketLinkKind" TEXT DEFAULT 'HIGH',
    "channelTenantId" TEXT NOT NULL,
    "channelNumber" INTEGER NOT NULL,
    "noteTenantId" TEXT,
    "noteNumber" INTEGER,
    CONSTRAINT "CommentHistory_channelTenantId_channelNumber_fkey" FOREIGN KEY ("channelTenantId", "channelNumber") REFERENCES "Channel" ("tenantId", "number") ON DELETE SET DEFAULT ON UPDATE CASCADE,
    CONSTRAINT "CommentHistory_noteTenantId_noteNumber_fkey" FOREIGN KEY ("noteTenantId", "noteNumber") REFERENCES "Note" ("tenantId", "number") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TaskWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "channelTenantId" TEXT NOT NULL,
    "channelNumber" INTEGER NOT NULL,
    "paymentId" INTEGER NOT NULL,
    "assignedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("channelTenantId", "channelNumber", "paymentId"),
    CONSTRAINT "TaskWithAVeryLongNameThatGoesOnAndOnForTruncation_channelTenantId_channelNumber_fkey" FOREIGN KEY ("channelTenantId", "channelNumber") REFERENCES "Channel" ("tenantId", "number") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "TaskWithAVeryLongNameThatGoesOnAndOnForTruncation_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "Payment" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ItemItem" (
    "paymentId" INTEGER NOT NULL,
    "noteTenantId" TEXT NOT NULL,
    "noteNumber" INTEGER NOT NULL,
    "fileId" TEXT NOT NULL,

    PRIMARY KEY ("paymentId", "noteTenantId", "noteNumber"),
    CONSTRAINT "ItemItem_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "Payment" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ItemItem_noteTenantId_noteNumber_fkey" FOREIGN KEY ("noteTenantId", "noteNumber") REFERENCES "Note" ("tenantId", "number") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ItemItem_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "FileWithAVeryLongNameThatGoesOnAndOnForTruncation" ("id") ON DELETE RESTRICT ON UPDATE SET DEFAULT
);

-- CreateIndex
CREATE INDEX "Payment_taskPaymentId_idx" ON "Payment"("taskPaymentId");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_taskChannelTenantId_taskChannelNumber_taskPaymentId_key" ON "Payment"("taskChannelTenantId", "taskChannelNumber", "taskPaymentId");

-- CreateIndex
CREATE UNIQUE INDEX "Channel_startsAt_key" ON "Channel"("startsAt");

-- CreateIndex
CREATE INDEX "channel_expiresat_0_ix" ON "Channel"("expiresAt" DESC, "ticketLinkKind");

-- CreateIndex
CREATE INDEX "channel_expiresat_1_ix" ON "Channel"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "CommentHistory_email_key" ON "CommentHistory"("email");

-- CreateIndex
CREATE INDEX "CommentHistory_channelNumber_idx" ON "CommentHistory"("channelNumber");

-- CreateIndex
CREATE INDEX "CommentHistory_email_idx" ON "CommentHistory"("email" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "CommentHistory_noteTenantId_noteNumber_key" ON "CommentHistory"("noteTenantId", "noteNumber");

-- CreateIndex
CREATE UNIQUE INDEX "ItemItem_fileId_key" ON "ItemItem"("fileId");
