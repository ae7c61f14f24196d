-- CreateTable
CREATE TABLE "MessageWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "messagewithaverylongnamethatgoesonandonfortruncation_id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "email2" BOOLEAN NOT NULL,
    "hash" BIGINT NOT NULL DEFAULT 0,
    "amount" JSONB,
    "messageId" TEXT,
    CONSTRAINT "MessageWithAVeryLongNameThatGoesOnAndOnForTruncation_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "MessageWithAVeryLongNameThatGoesOnAndOnForTruncation" ("messagewithaverylongnamethatgoesonandonfortruncation_id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "profiles" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" BIGINT NOT NULL DEFAULT 1234567890123
);

-- CreateTable
CREATE TABLE "Audit" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "count" DATETIME NOT NULL,
    "secret" DATETIME NOT NULL,
    "flags" INTEGER NOT NULL DEFAULT -7
);

-- CreateTable
CREATE TABLE "_AuditToMessageWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "A" INTEGER NOT NULL,
    "B" TEXT NOT NULL,
    CONSTRAINT "_AuditToMessageWithAVeryLongNameThatGoesOnAndOnForTruncation_A_fkey" FOREIGN KEY ("A") REFERENCES "Audit" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_AuditToMessageWithAVeryLongNameThatGoesOnAndOnForTruncation_B_fkey" FOREIGN KEY ("B") REFERENCES "MessageWithAVeryLongNameThatGoesOnAndOnForTruncation" ("messagewithaverylongnamethatgoesonandonfortruncation_id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "MessageWithAVeryLongNameThatGoesOnAndOnForTruncation_email_key" ON "MessageWithAVeryLongNameThatGoesOnAndOnForTruncation"("email");

-- CreateIndex
CREATE INDEX "MessageWithAVeryLongNameThatGoesOnAndOnForTruncation_hash_idx" ON "MessageWithAVeryLongNameThatGoesOnAndOnForTruncation"("hash");

-- CreateIndex
CREATE INDEX "messagewithaverylongnamethatgoesonandonf_messageid_1_ix" ON "MessageWithAVeryLongNameThatGoesOnAndOnForTruncation"("messageId");

-- CreateIndex
CREATE INDEX "profiles_code_idx" ON "profiles"("code" DESC);

-- CreateIndex
CREATE INDEX "profile_code_1_ix" ON "profiles"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Audit_email_key" ON "Audit"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Audit_count_key" ON "Audit"("count");

-- CreateIndex
CREATE UNIQUE INDEX "_AuditToMessageWithAVeryLongNameThatGoesOnAndOnForTruncation_AB_unique" ON "_AuditToMessageWithAVeryLongNameThatGoesOnAndOnForTruncation"("A", "B");

-- CreateIndex
CREATE INDEX "_AuditToMessageWithAVeryLongNameThatGoesOnAndOnForTruncation_B_index" ON "_AuditToMessageWithAVeryLongNameThatGoesOnAndOnForTruncation"("B");
