-- CreateTable
CREATE TABLE "Account" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "status" BOOLEAN,
    "color_col" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "coupons" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "position" REAL,
    "secret" BLOB NOT NULL,
    "payload" TEXT DEFAULT 'x',
    "email" BLOB
);

-- CreateTable
CREATE TABLE "Comment" (
    "comment_id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "meta" INTEGER
);

-- CreateTable
CREATE TABLE "Refund" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "score" INTEGER DEFAULT 1,
    "payload" TEXT NOT NULL DEFAULT 'a "quoted" word',
    "updatedAt" DATETIME NOT NULL,
    "accountId" TEXT,

    PRIMARY KEY ("number", "tenantId"),
    CONSTRAINT "Refund_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Account_email_key" ON "Account"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Comment_email_key" ON "Comment"("email");

-- CreateIndex
CREATE INDEX "Comment_meta_idx" ON "Comment"("meta" DESC);

-- CreateIndex
CREATE INDEX "comment_email_1_ix" ON "Comment"("email", "meta");

-- CreateIndex
CREATE INDEX "Refund_accountId_idx" ON "Refund"("accountId");
