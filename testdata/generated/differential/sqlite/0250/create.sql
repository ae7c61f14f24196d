-- CreateTable
CREATE TABLE "tokens" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "endsAt" TEXT,
    "secret" BIGINT NOT NULL DEFAULT 0,
    "label" DECIMAL NOT NULL DEFAULT 2.25,
    "slug_col" INTEGER,
    "endsAt2" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "StoreWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "payload_col" DATETIME,
    "logItemKind" TEXT NOT NULL,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateTable
CREATE TABLE "Rating" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "secret" REAL DEFAULT -2.25,
    "size" INTEGER NOT NULL,
    "logItemKind" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "folders" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" INTEGER,
    "raw" DATE
);

-- CreateTable
CREATE TABLE "teamhistorys" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" JSONB,
    "updatedAt" BIGINT,
    "payload" TEXT,
    "color" TEXT NOT NULL,
    "size" JSONB,
    "logItemKind" TEXT NOT NULL,
    "tokenId" INTEGER,
    CONSTRAINT "teamhistorys_tokenId_fkey" FOREIGN KEY ("tokenId") REFERENCES "tokens" ("id") ON DELETE NO ACTION ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "token_endsat2_0_ix" ON "tokens"("endsAt2");

-- CreateIndex
CREATE UNIQUE INDEX "tokens_endsAt_secret_key" ON "tokens"("endsAt", "secret");

-- CreateIndex
CREATE INDEX "StoreWithAVeryLongNameThatGoesOnAndOnForTruncation_logItemKind_idx" ON "StoreWithAVeryLongNameThatGoesOnAndOnForTruncation"("logItemKind");

-- CreateIndex
CREATE INDEX "storewithaverylongnamethatgoesonandonfor_logitemkind_1_ix" ON "StoreWithAVeryLongNameThatGoesOnAndOnForTruncation"("logItemKind" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Rating_slug_key" ON "Rating"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "rating_secret_uq" ON "Rating"("secret");

-- CreateIndex
CREATE UNIQUE INDEX "folders_kind_key" ON "folders"("kind");

-- CreateIndex
CREATE INDEX "folders_kind_idx" ON "folders"("kind" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "teamhistorys_slug_key" ON "teamhistorys"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "teamhistorys_tokenId_key" ON "teamhistorys"("tokenId");

-- CreateIndex
CREATE INDEX "teamhistorys_updatedAt_idx" ON "teamhistorys"("updatedAt");
