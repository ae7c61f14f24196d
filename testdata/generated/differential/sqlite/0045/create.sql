-- CreateTable
CREATE TABLE "Cart" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "expiresAt" INTEGER NOT NULL DEFAULT 42,
    "messageKind" TEXT NOT NULL,
    "fileId" TEXT,
    "cartTenantId" TEXT,
    "cartNumber" INTEGER,

    PRIMARY KEY ("tenantId", "number"),
    CONSTRAINT "Cart_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "File" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Cart_cartTenantId_cartNumber_fkey" FOREIGN KEY ("cartTenantId", "cartNumber") REFERENCES "Cart" ("tenantId", "number") ON DELETE NO ACTION ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "File" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "count" JSONB,
    "publishedAt" JSONB NOT NULL,
    "code_col" INTEGER NOT NULL,
    "email" DECIMAL NOT NULL,
    "messageKind" TEXT NOT NULL DEFAULT 'draft'
);

-- CreateIndex
CREATE INDEX "Cart_fileId_idx" ON "Cart"("fileId");

-- CreateIndex
CREATE UNIQUE INDEX "Cart_cartTenantId_cartNumber_key" ON "Cart"("cartTenantId", "cartNumber");

-- CreateIndex
CREATE UNIQUE INDEX "File_messageKind_key" ON "File"("messageKind");

-- CreateIndex
CREATE INDEX "File_messageKind_email_idx" ON "File"("messageKind" DESC, "email");
