-- CreateTable
CREATE TABLE "Refund" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "size" TEXT NOT NULL,
    "data_col" BOOLEAN,
    "updatedat_col" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "weight" INTEGER NOT NULL DEFAULT 0,
    "raw" VARCHAR(10),
    "refundId" INTEGER,
    "refundSlug" TEXT,
    CONSTRAINT "Refund_refundId_fkey" FOREIGN KEY ("refundId") REFERENCES "Refund" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Refund_refundSlug_fkey" FOREIGN KEY ("refundSlug") REFERENCES "Refund" ("slug") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Session" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "payload" BLOB,
    "label" JSONB,
    "payload2" TEXT NOT NULL,
    "hash_col" DECIMAL DEFAULT 2.25,
    "secret" INTEGER NOT NULL,
    "level" BLOB NOT NULL,
    "sessionId" INTEGER,
    CONSTRAINT "Session_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Refund_slug_key" ON "Refund"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Refund_updatedat_col_key" ON "Refund"("updatedat_col");

-- CreateIndex
CREATE UNIQUE INDEX "Refund_refundId_key" ON "Refund"("refundId");

-- CreateIndex
CREATE UNIQUE INDEX "Refund_refundSlug_key" ON "Refund"("refundSlug");

-- CreateIndex
CREATE UNIQUE INDEX "Session_email_key" ON "Session"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Session_hash_col_key" ON "Session"("hash_col");

-- CreateIndex
CREATE INDEX "Session_sessionId_idx" ON "Session"("sessionId");

-- CreateIndex
CREATE INDEX "session_secret_0_ix" ON "Session"("secret" DESC);

-- CreateIndex
CREATE INDEX "Session_secret_idx" ON "Session"("secret");
