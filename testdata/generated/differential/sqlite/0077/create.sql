-- CreateTable
CREATE TABLE "Channel" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "publishedat_col" INTEGER DEFAULT -7
);

-- CreateTable
CREATE TABLE "Team" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "url" DATETIME NOT NULL,
    "slug" BIGINT,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateIndex
CREATE INDEX "Channel_publishedat_col_idx" ON "Channel"("publishedat_col");

-- CreateIndex
CREATE INDEX "channel_publishedat_1_ix" ON "Channel"("publishedat_col");

-- CreateIndex
CREATE INDEX "Team_slug_url_idx" ON "Team"("slug", "url");
