-- CreateTable
CREATE TABLE "Session" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "data" REAL,
    "amount" INTEGER DEFAULT -7,
    "priceId" TEXT,
    "itemId" INTEGER NOT NULL,
    CONSTRAINT "Session_priceId_fkey" FOREIGN KEY ("priceId") REFERENCES "Price" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Session_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "ItemWithAVeryLongNameThatGoesOnAndOnForTruncation" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "ProjectWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "balance_col" BLOB,
    "score" TEXT,
    "secret" TEXT NOT NULL DEFAULT 'a "quoted" word',
    "createdAt" TEXT NOT NULL,
    "note" BLOB NOT NULL
);

-- CreateTable
CREATE TABLE "ItemWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "total" TEXT DEFAULT 'it''s',
    "raw" money,
    "sessionId" INTEGER,
    CONSTRAINT "ItemWithAVeryLongNameThatGoesOnAndOnForTruncation_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Price" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" BLOB NOT NULL,
    "version" TEXT NOT NULL,
    "secret" REAL DEFAULT -2.25,
    "code" INTEGER,
    "code2" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "hash_col" REAL NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "reviewwithaverylongnamethatgoesonandonfortruncations" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "code" BLOB NOT NULL,
    "total" BLOB,
    "size" BLOB,
    "reviewTenantId" TEXT,
    "reviewNumber" INTEGER,

    PRIMARY KEY ("tenantId", "number"),
    CONSTRAINT "reviewwithaverylongnamethatgoesonandonfortruncations_reviewTenantId_reviewNumber_fkey" FOREIGN KEY ("reviewTenantId", "reviewNumber") REFERENCES "reviewwithaverylongnamethatgoesonandonfortruncations" ("tenantId", "number") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Role" (
    "projectWithAVeryLongNameThatGoesOnAndOnForTruncationId" INTEGER NOT NULL,
    "sessionId" INTEGER NOT NULL,
    "assignedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("projectWithAVeryLongNameThatGoesOnAndOnForTruncationId", "sessionId"),
    CONSTRAINT "Role_projectWithAVeryLongNameThatGoesOnAndOnForTruncationId_fkey" FOREIGN KEY ("projectWithAVeryLongNameThatGoesOnAndOnForTruncationId") REFERENCES "ProjectWithAVeryLongNameThatGoesOnAndOnForTruncation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Role_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_ProjectWithAVeryLongNameThatGoesOnAndOnForTruncationToSession" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_ProjectWithAVeryLongNameThatGoesOnAndOnForTruncationToSession_A_fkey" FOREIGN KEY ("A") REFERENCES "ProjectWithAVeryLongNameThatGoesOnAndOnForTruncation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_ProjectWithAVeryLongNameThatGoesOnAndOnForTruncationToSession_B_fkey" FOREIGN KEY ("B") REFERENCES "Session" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Session_data_idx" ON "Session"("data");

-- CreateIndex
CREATE INDEX "ItemWithAVeryLongNameThatGoesOnAndOnForTruncation_sessionId_idx" ON "ItemWithAVeryLongNameThatGoesOnAndOnForTruncation"("sessionId");

-- CreateIndex
CREATE INDEX "itemwithaverylongnamethatgoesonandonfort_sessionid_0_ix" ON "ItemWithAVeryLongNameThatGoesOnAndOnForTruncation"("sessionId");

-- CreateIndex
CREATE UNIQUE INDEX "Price_version_key" ON "Price"("version");

-- CreateIndex
CREATE INDEX "Price_code2_idx" ON "Price"("code2");

-- CreateIndex
CREATE INDEX "price_code2_1_ix" ON "Price"("code2");

-- CreateIndex
CREATE UNIQUE INDEX "_ProjectWithAVeryLongNameThatGoesOnAndOnForTruncationToSession_AB_unique" ON "_ProjectWithAVeryLongNameThatGoesOnAndOnForTruncationToSession"("A", "B");

-- CreateIndex
CREATE INDEX "_ProjectWithAVeryLongNameThatGoesOnAndOnForTruncationToSession_B_index" ON "_ProjectWithAVeryLongNameThatGoesOnAndOnForTruncationToSession"("B");
