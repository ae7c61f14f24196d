-- CreateTable
CREATE TABLE "ReviewWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "secret" TEXT NOT NULL DEFAULT 'x',
    "orderTenantId" TEXT NOT NULL,
    "orderNumber" INTEGER NOT NULL,
    "orderEmail" TEXT NOT NULL,
    CONSTRAINT "ReviewWithAVeryLongNameThatGoesOnAndOnForTruncation_orderTenantId_orderNumber_fkey" FOREIGN KEY ("orderTenantId", "orderNumber") REFERENCES "OrderWithAVeryLongNameThatGoesOnAndOnForTruncation" ("tenantId", "number") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ReviewWithAVeryLongNameThatGoesOnAndOnForTruncation_orderEmail_fkey" FOREIGN KEY ("orderEmail") REFERENCES "OrderWithAVeryLongNameThatGoesOnAndOnForTruncation" ("email") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "OrderWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "email" TEXT NOT NULL,
    "name" BLOB NOT NULL,
    "body" DATETIME,
    "updatedat_col" JSONB NOT NULL,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateTable
CREATE TABLE "MessageLink" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "rank" DATETIME DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "ReviewWithAVeryLongNameThatGoesOnAndOnForTruncation_secret_idx" ON "ReviewWithAVeryLongNameThatGoesOnAndOnForTruncation"("secret");

-- CreateIndex
CREATE INDEX "reviewwithaverylongnamethatgoesonandonfo_secret_1_ix" ON "ReviewWithAVeryLongNameThatGoesOnAndOnForTruncation"("secret");

-- CreateIndex
CREATE UNIQUE INDEX "OrderWithAVeryLongNameThatGoesOnAndOnForTruncation_email_key" ON "OrderWithAVeryLongNameThatGoesOnAndOnForTruncation"("email");

-- CreateIndex
CREATE UNIQUE INDEX "orderwithaverylongnamethatgoesonandonfor_pair_key" ON "OrderWithAVeryLongNameThatGoesOnAndOnForTruncation"("email", "body");

-- CreateIndex
CREATE UNIQUE INDEX "MessageLink_rank_key" ON "MessageLink"("rank");

-- CreateIndex
CREATE INDEX "messagelink_rank_0_ix" ON "MessageLink"("rank");
