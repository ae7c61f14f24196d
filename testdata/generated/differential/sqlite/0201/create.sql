-- CreateTable
CREATE TABLE "Member" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "label" INTEGER DEFAULT -7,
    "email" INTEGER DEFAULT 42,
    "expiresAt" BLOB NOT NULL,
    "position" REAL,
    "memberId" INTEGER,
    CONSTRAINT "Member_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member" ("id") ON DELETE SET DEFAULT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ProductWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "email" DECIMAL NOT NULL DEFAULT 2.25,
    "score" TEXT NOT NULL DEFAULT 'back\slash',
    "memberId" INTEGER NOT NULL,
    "memberId2" INTEGER NOT NULL,

    PRIMARY KEY ("number", "tenantId"),
    CONSTRAINT "ProductWithAVeryLongNameThatGoesOnAndOnForTruncation_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ProductWithAVeryLongNameThatGoesOnAndOnForTruncation_memberId2_fkey" FOREIGN KEY ("memberId2") REFERENCES "Member" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Invoice" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "version" BLOB,
    "price" REAL,
    "count" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "level" DATETIME,
    "expiresAt" BLOB NOT NULL,
    "slug" BLOB,
    "raw" Int4
);

-- CreateIndex
CREATE INDEX "member_email_0_ix" ON "Member"("email" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Member_email_position_key" ON "Member"("email", "position");

-- CreateIndex
CREATE INDEX "ProductWithAVeryLongNameThatGoesOnAndOnForTruncation_memberId_idx" ON "ProductWithAVeryLongNameThatGoesOnAndOnForTruncation"("memberId");

-- CreateIndex
CREATE INDEX "productwithaverylongnamethatgoesonandonf_email_0_ix" ON "ProductWithAVeryLongNameThatGoesOnAndOnForTruncation"("email" DESC, "memberId2");

-- CreateIndex
CREATE INDEX "productwithaverylongnamethatgoesonandonf_email_1_ix" ON "ProductWithAVeryLongNameThatGoesOnAndOnForTruncation"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_price_key" ON "Invoice"("price");
