-- CreateTable
CREATE TABLE "Channel" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "endsAt" BIGINT NOT NULL,
    "meta" BOOLEAN,
    "body" TEXT NOT NULL,
    "ratio" DECIMAL DEFAULT 0,
    "updatedAt" JSONB,
    "productKind" TEXT NOT NULL DEFAULT 'HIGH',
    "channelId" INTEGER,
    "channelId2" INTEGER,
    "storeId" TEXT,
    CONSTRAINT "Channel_channelId_fkey" FOREIGN KEY ("channelId") REFERENCES "Channel" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Channel_channelId2_fkey" FOREIGN KEY ("channelId2") REFERENCES "Channel" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Channel_storeId_fkey" FOREIGN KEY ("storeId") REFERENCES "Store" ("store_id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Profile" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "payload" TEXT NOT NULL,
    "version" BOOLEAN NOT NULL DEFAULT false,
    "color" INTEGER NOT NULL DEFAULT 42,
    "slug" DECIMAL,
    "weight" INTEGER
);

-- CreateTable
CREATE TABLE "Store" (
    "store_id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "score_col" JSONB NOT NULL,
    "productKind" TEXT NOT NULL DEFAULT 'inactive_value',
    "raw" VARCHAR(10)
);

-- CreateIndex
CREATE UNIQUE INDEX "Channel_ratio_key" ON "Channel"("ratio");

-- CreateIndex
CREATE INDEX "Channel_channelId_idx" ON "Channel"("channelId");

-- CreateIndex
CREATE INDEX "Channel_channelId2_idx" ON "Channel"("channelId2");

-- CreateIndex
CREATE INDEX "Channel_body_idx" ON "Channel"("body");

-- CreateIndex
CREATE INDEX "Channel_storeId_channelId2_idx" ON "Channel"("storeId", "channelId2");

-- CreateIndex
CREATE INDEX "Profile_version_idx" ON "Profile"("version");

-- CreateIndex
CREATE UNIQUE INDEX "Store_email_key" ON "Store"("email");

-- CreateIndex
CREATE INDEX "Store_email_idx" ON "Store"("email");
