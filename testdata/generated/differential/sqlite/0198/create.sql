-- CreateTable
CREATE TABLE "Message" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "name" INTEGER NOT NULL DEFAULT 0,
    "count" TEXT NOT NULL,
    "status" BIGINT NOT NULL DEFAULT 0,
    "flags" DATETIME NOT NULL DEFAULT '2024-01-02 03:04:05 +00:00',
    "hash" INTEGER NOT NULL DEFAULT 0,
    "profileKind" TEXT NOT NULL,
    "messageTenantId" TEXT,
    "messageNumber" INTEGER,
    "messageTenantId2" TEXT,
    "messageNumber2" INTEGER,

    PRIMARY KEY ("tenantId", "number"),
    CONSTRAINT "Message_messageTenantId_messageNumber_fkey" FOREIGN KEY ("messageTenantId", "messageNumber") REFERENCES "Message" ("tenantId", "number") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Message_messageTenantId2_messageNumber2_fkey" FOREIGN KEY ("messageTenantId2", "messageNumber2") REFERENCES "Message" ("tenantId", "number") ON DELETE NO ACTION ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Message_messageTenantId_messageNumber_key" ON "Message"("messageTenantId", "messageNumber");
