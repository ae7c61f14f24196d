-- CreateTable
CREATE TABLE "Device" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "code" BIGINT NOT NULL,
    "count" TEXT NOT NULL DEFAULT '',
    "ticketKind" TEXT NOT NULL DEFAULT 'LOW',
    "teamId" TEXT NOT NULL,
    CONSTRAINT "Device_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Team" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "note" JSONB NOT NULL,
    "hash" DECIMAL NOT NULL,
    "count" TEXT DEFAULT 'it''s',
    "price" BIGINT NOT NULL DEFAULT 0,
    "price2" TEXT NOT NULL,
    "avatar" DATETIME NOT NULL,
    "noteKind" TEXT NOT NULL DEFAULT 'HIGH',
    "raw" VARCHAR(10),
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "PostWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "startsAt" JSONB,
    "weight" DECIMAL NOT NULL,
    "title" INTEGER NOT NULL,
    "noteKind" TEXT NOT NULL DEFAULT 'HIGH',
    "auditTenantId" TEXT NOT NULL,
    "auditNumber" INTEGER NOT NULL,
    CONSTRAINT "PostWithAVeryLongNameThatGoesOnAndOnForTruncation_auditTenantId_auditNumber_fkey" FOREIGN KEY ("auditTenantId", "auditNumber") REFERENCES "audits" ("tenantId", "number") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Channel_v2" (
    "channel_v2_id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "endsat_col" BLOB,
    "weight" INTEGER NOT NULL,
    "payload" DECIMAL NOT NULL,
    "body" DECIMAL,
    "noteKind" TEXT NOT NULL DEFAULT 'HIGH'
);

-- CreateTable
CREATE TABLE "audits" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "email" TEXT NOT NULL,
    "isActive" REAL NOT NULL DEFAULT 0,
    "meta" REAL NOT NULL,
    "amount" DECIMAL DEFAULT 0,
    "data" BOOLEAN DEFAULT false,
    "url" DATETIME,
    "noteKind" TEXT NOT NULL,
    "raw" NUMERIC,
    "postId" TEXT NOT NULL,
    "postId2" TEXT NOT NULL,
    "auditTenantId" TEXT,
    "auditNumber" INTEGER,

    PRIMARY KEY ("tenantId", "number"),
    CONSTRAINT "audits_postId_fkey" FOREIGN KEY ("postId") REFERENCES "PostWithAVeryLongNameThatGoesOnAndOnForTruncation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "audits_postId2_fkey" FOREIGN KEY ("postId2") REFERENCES "PostWithAVeryLongNameThatGoesOnAndOnForTruncation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "audits_auditTenantId_auditNumber_fkey" FOREIGN KEY ("auditTenantId", "auditNumber") REFERENCES "audits" ("tenantId", "number") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Device_slug_key" ON "Device"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Device_ticketKind_key" ON "Device"("ticketKind");

-- CreateIndex
CREATE UNIQUE INDEX "Device_teamId_key" ON "Device"("teamId");

-- CreateIndex
CREATE INDEX "Device_code_count_idx" ON "Device"("code", "count");

-- CreateIndex
CREATE INDEX "Team_price_price2_idx" ON "Team"("price", "price2");

-- CreateIndex
CREATE INDEX "Team_avatar_idx" ON "Team"("avatar");

-- CreateIndex
CREATE INDEX "PostWithAVeryLongNameThatGoesOnAndOnForTruncation_auditTenantId_idx" ON "PostWithAVeryLongNameThatGoesOnAndOnForTruncation"("auditTenantId" DESC);

-- CreateIndex
CREATE INDEX "postwithaverylongnamethatgoesonandonfort_audittenantid_1_ix" ON "PostWithAVeryLongNameThatGoesOnAndOnForTruncation"("auditTenantId");

-- CreateIndex
CREATE UNIQUE INDEX "PostWithAVeryLongNameThatGoesOnAndOnForTruncation_auditTenantId_auditNumber_key" ON "PostWithAVeryLongNameThatGoesOnAndOnForTruncation"("auditTenantId", "auditNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Channel_v2_email_key" ON "Channel_v2"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Channel_v2_noteKind_key" ON "Channel_v2"("noteKind");

-- CreateIndex
CREATE UNIQUE INDEX "audits_email_key" ON "audits"("email");

-- CreateIndex
CREATE INDEX "audits_postId_idx" ON "audits"("postId");

-- CreateIndex
CREATE INDEX "audit_postid_0_ix" ON "audits"("postId");

-- CreateIndex
CREATE UNIQUE INDEX "audits_auditTenantId_auditNumber_key" ON "audits"("auditTenantId", "auditNumber");
