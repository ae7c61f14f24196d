-- CreateTable
CREATE TABLE "Member" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "score" BOOLEAN NOT NULL DEFAULT false,
    "total_col" BOOLEAN,
    "messageKind" TEXT DEFAULT 'Published'
);

-- CreateTable
CREATE TABLE "Folder" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "handle" TEXT NOT NULL,
    "ratio" BOOLEAN NOT NULL DEFAULT true,
    "balance" DATETIME NOT NULL,
    "color" TEXT NOT NULL,
    "slug" JSONB NOT NULL,
    "publishedAt" JSONB NOT NULL,
    "ratingKind" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "CategoryWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "handle" TEXT NOT NULL,
    "hash" BLOB,
    "note" DATETIME NOT NULL,
    "kind" BLOB NOT NULL,
    "messageKind" TEXT NOT NULL DEFAULT 'LOW'
);

-- CreateTable
CREATE TABLE "Payment2" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "meta" BOOLEAN NOT NULL DEFAULT true
);

-- CreateTable
CREATE TABLE "Review" (
    "payment2Id" INTEGER NOT NULL,
    "categoryWithAVeryLongNameThatGoesOnAndOnForTruncationHandle" TEXT NOT NULL,
    "assignedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "payment2Id2" INTEGER NOT NULL,

    PRIMARY KEY ("payment2Id", "categoryWithAVeryLongNameThatGoesOnAndOnForTruncationHandle"),
    CONSTRAINT "Review_payment2Id_fkey" FOREIGN KEY ("payment2Id") REFERENCES "Payment2" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Review_categoryWithAVeryLongNameThatGoesOnAndOnForTruncationHandle_fkey" FOREIGN KEY ("categoryWithAVeryLongNameThatGoesOnAndOnForTruncationHandle") REFERENCES "CategoryWithAVeryLongNameThatGoesOnAndOnForTruncation" ("handle") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Review_payment2Id2_fkey" FOREIGN KEY ("payment2Id2") REFERENCES "Payment2" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "_MemberToPayment2" (
    "A" TEXT NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_MemberToPayment2_A_fkey" FOREIGN KEY ("A") REFERENCES "Member" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_MemberToPayment2_B_fkey" FOREIGN KEY ("B") REFERENCES "Payment2" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Member_messageKind_key" ON "Member"("messageKind");

-- CreateIndex
CREATE UNIQUE INDEX "Folder_handle_key" ON "Folder"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "Folder_balance_key" ON "Folder"("balance");

-- CreateIndex
CREATE UNIQUE INDEX "CategoryWithAVeryLongNameThatGoesOnAndOnForTruncation_handle_key" ON "CategoryWithAVeryLongNameThatGoesOnAndOnForTruncation"("handle");

-- CreateIndex
CREATE INDEX "categorywithaverylongnamethatgoesonandon_messagekind_0_ix" ON "CategoryWithAVeryLongNameThatGoesOnAndOnForTruncation"("messageKind");

-- CreateIndex
CREATE UNIQUE INDEX "Payment2_meta_key" ON "Payment2"("meta");

-- CreateIndex
CREATE INDEX "payment2_meta_0_ix" ON "Payment2"("meta");

-- CreateIndex
CREATE UNIQUE INDEX "Review_payment2Id2_key" ON "Review"("payment2Id2");

-- CreateIndex
CREATE INDEX "Review_payment2Id2_idx" ON "Review"("payment2Id2");

-- CreateIndex
CREATE INDEX "review_payment2id2_1_ix" ON "Review"("payment2Id2");

-- CreateIndex
CREATE UNIQUE INDEX "_MemberToPayment2_AB_unique" ON "_MemberToPayment2"("A", "B");

-- CreateIndex
CREATE INDEX "_MemberToPayment2_B_index" ON "_MemberToPayment2"("B");
