-- CreateTable
CREATE TABLE "Address" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "amount" INTEGER NOT NULL,
    "verified" REAL NOT NULL DEFAULT 1.5,
    "label" REAL NOT NULL DEFAULT -2.25,
    "reviewTenantId" TEXT NOT NULL,
    "reviewNumber" INTEGER NOT NULL,
    "paymentId" TEXT NOT NULL,
    CONSTRAINT "Address_reviewTenantId_reviewNumber_fkey" FOREIGN KEY ("reviewTenantId", "reviewNumber") REFERENCES "Review" ("tenantId", "number") ON DELETE RESTRICT ON UPDATE NO ACTION,
    CONSTRAINT "Address_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "Payment" ("id") ON DELETE RESTRICT ON UPDATE RESTRICT
);

-- CreateTable
CREATE TABLE "Payment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "email2" BIGINT,
    "score" INTEGER DEFAULT 1,
    "rank" JSONB NOT NULL,
    "expiresAt" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Review" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "isActive" DATETIME NOT NULL,
    "status" BLOB,
    "payload" BOOLEAN DEFAULT true,
    "code" TEXT NOT NULL,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "expiresAt" TEXT NOT NULL,
    "hash" JSONB NOT NULL,
    "publishedAt" TEXT NOT NULL,
    "paymentEmail" TEXT NOT NULL,
    CONSTRAINT "Session_paymentEmail_fkey" FOREIGN KEY ("paymentEmail") REFERENCES "Payment" ("email") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Project" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "verified" TEXT NOT NULL,
    "size" DATETIME NOT NULL,
    "payload" BIGINT DEFAULT 0,
    "raw" money
);

-- CreateTable
CREATE TABLE "Message" (
    "paymentId" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,

    PRIMARY KEY ("paymentId", "sessionId"),
    CONSTRAINT "Message_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "Payment" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Message_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EventWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "reviewTenantId" TEXT NOT NULL,
    "reviewNumber" INTEGER NOT NULL,
    "sessionId" TEXT NOT NULL,
    "assignedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sessionId2" TEXT NOT NULL,

    PRIMARY KEY ("reviewTenantId", "reviewNumber", "sessionId"),
    CONSTRAINT "EventWithAVeryLongNameThatGoesOnAndOnForTruncation_reviewTenantId_reviewNumber_fkey" FOREIGN KEY ("reviewTenantId", "reviewNumber") REFERENCES "Review" ("tenantId", "number") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "EventWithAVeryLongNameThatGoesOnAndOnForTruncation_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "EventWithAVeryLongNameThatGoesOnAndOnForTruncation_sessionId2_fkey" FOREIGN KEY ("sessionId2") REFERENCES "Session" ("id") ON DELETE SET DEFAULT ON UPDATE RESTRICT
);

-- CreateIndex
CREATE INDEX "Address_reviewTenantId_reviewNumber_idx" ON "Address"("reviewTenantId", "reviewNumber");

-- CreateIndex
CREATE INDEX "Address_label_reviewTenantId_idx" ON "Address"("label", "reviewTenantId");

-- CreateIndex
CREATE INDEX "Address_paymentId_reviewNumber_idx" ON "Address"("paymentId" DESC, "reviewNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_email_key" ON "Payment"("email");

-- CreateIndex
CREATE UNIQUE INDEX "payment_pair_key" ON "Payment"("email", "email2");

-- CreateIndex
CREATE UNIQUE INDEX "Review_code_key" ON "Review"("code");

-- CreateIndex
CREATE INDEX "Session_paymentEmail_idx" ON "Session"("paymentEmail");

-- CreateIndex
CREATE INDEX "Session_publishedAt_idx" ON "Session"("publishedAt" DESC);

-- CreateIndex
CREATE INDEX "session_paymentemail_1_ix" ON "Session"("paymentEmail");

-- CreateIndex
CREATE INDEX "Project_verified_idx" ON "Project"("verified");

-- CreateIndex
CREATE INDEX "project_size_1_ix" ON "Project"("size" DESC, "verified");

-- CreateIndex
CREATE UNIQUE INDEX "Project_payload_size_key" ON "Project"("payload", "size");

-- CreateIndex
CREATE INDEX "EventWithAVeryLongNameThatGoesOnAndOnForTruncation_sessionId2_idx" ON "EventWithAVeryLongNameThatGoesOnAndOnForTruncation"("sessionId2" DESC);

-- CreateIndex
CREATE INDEX "eventwithaverylongnamethatgoesonandonfor_sessionid2_1_ix" ON "EventWithAVeryLongNameThatGoesOnAndOnForTruncation"("sessionId2" DESC);
