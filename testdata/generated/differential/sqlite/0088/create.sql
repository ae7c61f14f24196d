-- CreateTable
CREATE TABLE "Cart" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "publishedat_col" BLOB,
    "cartId" INTEGER,
    CONSTRAINT "Cart_cartId_fkey" FOREIGN KEY ("cartId") REFERENCES "Cart" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Ticket" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "data" TEXT NOT NULL,
    "kind_col" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" REAL NOT NULL,
    "kind2_col" BIGINT,
    "startsAt" DECIMAL NOT NULL DEFAULT 2.25,
    "payload_col" DATETIME,
    "cartId" INTEGER NOT NULL,
    CONSTRAINT "Ticket_cartId_fkey" FOREIGN KEY ("cartId") REFERENCES "Cart" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "User" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "expiresAt" REAL,
    "price" JSONB
);

-- CreateTable
CREATE TABLE "Post" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "handle" TEXT NOT NULL,
    "price" BIGINT NOT NULL DEFAULT 0,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateTable
CREATE TABLE "AuditLink" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "body_col" BOOLEAN NOT NULL,
    "email" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "email2" BOOLEAN NOT NULL,
    "raw" circle
);

-- CreateIndex
CREATE INDEX "cart_cartid_0_ix" ON "Cart"("cartId");

-- CreateIndex
CREATE INDEX "cart_cartid_1_ix" ON "Cart"("cartId");

-- CreateIndex
CREATE INDEX "user_expiresat_0_ix" ON "User"("expiresAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Post_handle_key" ON "Post"("handle");

-- CreateIndex
CREATE INDEX "Post_handle_idx" ON "Post"("handle");

-- CreateIndex
CREATE INDEX "AuditLink_email_idx" ON "AuditLink"("email");

-- CreateIndex
CREATE UNIQUE INDEX "auditlink_pair_key" ON "AuditLink"("email", "email2");
