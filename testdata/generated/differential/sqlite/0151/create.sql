-- CreateTable
CREATE TABLE "Token" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "url" BOOLEAN NOT NULL DEFAULT false,
    "total" INTEGER,
    "code" INTEGER NOT NULL,
    "position" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Refund" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "amount" BLOB NOT NULL,
    "note" TEXT DEFAULT 'a "quoted" word',
    "count" BLOB,
    "amount2_col" BLOB NOT NULL,
    "size" BIGINT NOT NULL,
    "refundId" TEXT,
    CONSTRAINT "Refund_refundId_fkey" FOREIGN KEY ("refundId") REFERENCES "Refund" ("id") ON DELETE SET DEFAULT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "planwithaverylongnamethatgoesonandonfortruncations" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "handle" TEXT NOT NULL,
    "endsAt" DECIMAL,
    "size" TEXT NOT NULL,
    "body" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TEXT DEFAULT '',
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Device_v2" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "url" BIGINT NOT NULL,
    "secret" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "planId" INTEGER,
    CONSTRAINT "Device_v2_planId_fkey" FOREIGN KEY ("planId") REFERENCES "planwithaverylongnamethatgoesonandonfortruncations" ("id") ON DELETE SET NULL ON UPDATE RESTRICT
);

-- CreateTable
CREATE TABLE "_RefundToToken" (
    "A" TEXT NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_RefundToToken_A_fkey" FOREIGN KEY ("A") REFERENCES "Refund" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_RefundToToken_B_fkey" FOREIGN KEY ("B") REFERENCES "Token" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_PlanWithAVeryLongNameThatGoesOnAndOnForTruncationToToken" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_PlanWithAVeryLongNameThatGoesOnAndOnForTruncationToToken_A_fkey" FOREIGN KEY ("A") REFERENCES "planwithaverylongnamethatgoesonandonfortruncations" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_PlanWithAVeryLongNameThatGoesOnAndOnForTruncationToToken_B_fkey" FOREIGN KEY ("B") REFERENCES "Token" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_Device_v2ToPlanWithAVeryLongNameThatGoesOnAndOnForTruncation953" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_Device_v2ToPlanWithAVeryLongNameThatGoesOnAndOnForTruncation953_A_fkey" FOREIGN KEY ("A") REFERENCES "Device_v2" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_Device_v2ToPlanWithAVeryLongNameThatGoesOnAndOnForTruncation953_B_fkey" FOREIGN KEY ("B") REFERENCES "planwithaverylongnamethatgoesonandonfortruncations" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Token_position_key" ON "Token"("position");

-- CreateIndex
CREATE INDEX "Token_position_idx" ON "Token"("position");

-- CreateIndex
CREATE UNIQUE INDEX "Refund_slug_key" ON "Refund"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Refund_refundId_key" ON "Refund"("refundId");

-- CreateIndex
CREATE INDEX "refund_note_0_ix" ON "Refund"("note", "size");

-- CreateIndex
CREATE INDEX "Refund_slug_idx" ON "Refund"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "planwithaverylongnamethatgoesonandonfortruncations_handle_key" ON "planwithaverylongnamethatgoesonandonfortruncations"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "planwithaverylongnamethatgoesonandonfort_size_uq" ON "planwithaverylongnamethatgoesonandonfortruncations"("size");

-- CreateIndex
CREATE INDEX "planwithaverylongnamethatgoesonandonfortruncations_handle_idx" ON "planwithaverylongnamethatgoesonandonfortruncations"("handle");

-- CreateIndex
CREATE INDEX "planwithaverylongnamethatgoesonandonfort_size_1_ix" ON "planwithaverylongnamethatgoesonandonfortruncations"("size" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Device_v2_slug_key" ON "Device_v2"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Device_v2_planId_key" ON "Device_v2"("planId");

-- CreateIndex
CREATE INDEX "Device_v2_slug_planId_idx" ON "Device_v2"("slug", "planId");

-- CreateIndex
CREATE INDEX "device_v2_secret_1_ix" ON "Device_v2"("secret", "slug");

-- CreateIndex
CREATE UNIQUE INDEX "_RefundToToken_AB_unique" ON "_RefundToToken"("A", "B");

-- CreateIndex
CREATE INDEX "_RefundToToken_B_index" ON "_RefundToToken"("B");

-- CreateIndex
CREATE UNIQUE INDEX "_PlanWithAVeryLongNameThatGoesOnAndOnForTruncationToToken_AB_unique" ON "_PlanWithAVeryLongNameThatGoesOnAndOnForTruncationToToken"("A", "B");

-- CreateIndex
CREATE INDEX "_PlanWithAVeryLongNameThatGoesOnAndOnForTruncationToToken_B_index" ON "_PlanWithAVeryLongNameThatGoesOnAndOnForTruncationToToken"("B");

-- CreateIndex
CREATE UNIQUE INDEX "_Device_v2ToPlanWithAVeryLongNameThatGoesOnAndOnForTruncation953_AB_unique" ON "_Device_v2ToPlanWithAVeryLongNameThatGoesOnAndOnForTruncation953"("A", "B");

-- CreateIndex
CREATE INDEX "_Device_v2ToPlanWithAVeryLongNameThatGoesOnAndOnForTruncation953_B_index" ON "_Device_v2ToPlanWithAVeryLongNameThatGoesOnAndOnForTruncation953"("B");
