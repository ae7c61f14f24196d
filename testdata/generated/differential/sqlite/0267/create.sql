-- CreateTable
CREATE TABLE "ProfileLink" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "publishedAt" JSONB,
    "fileId" TEXT NOT NULL,

    PRIMARY KEY ("tenantId", "number"),
    CONSTRAINT "ProfileLink_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "File" ("id") ON DELETE NO ACTION ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Ticket" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "isActive" INTEGER DEFAULT 42,
    "amount" BIGINT NOT NULL,
    "level" BLOB,
    "note" BLOB,
    "ticketId" INTEGER,
    CONSTRAINT "Ticket_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Rating" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "data" REAL NOT NULL DEFAULT -2.25,
    "profileLinkTenantId" TEXT,
    "profileLinkNumber" INTEGER,
    CONSTRAINT "Rating_profileLinkTenantId_profileLinkNumber_fkey" FOREIGN KEY ("profileLinkTenantId", "profileLinkNumber") REFERENCES "ProfileLink" ("tenantId", "number") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "File" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "price" BOOLEAN NOT NULL,
    "fileId" TEXT,
    CONSTRAINT "File_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "File" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Coupon" (
    "ticketId" INTEGER NOT NULL,
    "profileLinkTenantId" TEXT NOT NULL,
    "profileLinkNumber" INTEGER NOT NULL,

    PRIMARY KEY ("ticketId", "profileLinkTenantId", "profileLinkNumber"),
    CONSTRAINT "Coupon_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Coupon_profileLinkTenantId_profileLinkNumber_fkey" FOREIGN KEY ("profileLinkTenantId", "profileLinkNumber") REFERENCES "ProfileLink" ("tenantId", "number") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ProfileLink_fileId_idx" ON "ProfileLink"("fileId");

-- CreateIndex
CREATE INDEX "profilelink_fileid_0_ix" ON "ProfileLink"("fileId");

-- CreateIndex
CREATE UNIQUE INDEX "Ticket_isActive_key" ON "Ticket"("isActive");

-- CreateIndex
CREATE UNIQUE INDEX "Rating_slug_key" ON "Rating"("slug");

-- CreateIndex
CREATE INDEX "rating_profilelinknumber_0_ix" ON "Rating"("profileLinkNumber");

-- CreateIndex
CREATE UNIQUE INDEX "File_price_key" ON "File"("price");

-- CreateIndex
CREATE INDEX "File_price_idx" ON "File"("price" DESC);
