-- CreateTable
CREATE TABLE "User" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "handle" TEXT NOT NULL,
    "startsAt" DATETIME NOT NULL,
    "color" TEXT NOT NULL,
    "version" REAL NOT NULL DEFAULT -2.25,
    "color2" TEXT DEFAULT '',
    "endsAt" INTEGER NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    "profileId" TEXT,

    PRIMARY KEY ("tenantId", "number"),
    CONSTRAINT "User_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "Profile" ("id") ON DELETE CASCADE ON UPDATE SET NULL
);

-- CreateTable
CREATE TABLE "Token" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "balance" JSONB NOT NULL,
    "code" TEXT NOT NULL DEFAULT 'a "quoted" word',
    "tokenId" INTEGER,
    "userTenantId" TEXT,
    "userNumber" INTEGER,
    CONSTRAINT "Token_tokenId_fkey" FOREIGN KEY ("tokenId") REFERENCES "Token" ("id") ON DELETE SET DEFAULT ON UPDATE CASCADE,
    CONSTRAINT "Token_userTenantId_userNumber_fkey" FOREIGN KEY ("userTenantId", "userNumber") REFERENCES "User" ("tenantId", "number") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AuditItem" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "avatar" REAL,
    "verified" JSONB NOT NULL,
    "isActive" BLOB,
    "ratio" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "note" INTEGER NOT NULL,
    "count_col" TEXT DEFAULT 'hello',

    PRIMARY KEY ("tenantId", "number")
);

-- CreateTable
CREATE TABLE "Item_v2" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "note" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "level" TEXT NOT NULL,
    "avatar" INTEGER NOT NULL,
    "expiresAt" TEXT NOT NULL,
    "weight" BIGINT
);

-- CreateTable
CREATE TABLE "Profile" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "publishedat_col" JSONB NOT NULL,
    "secret" BLOB NOT NULL,
    "verified_col" TEXT NOT NULL,
    "size" BOOLEAN NOT NULL,
    "url" INTEGER NOT NULL DEFAULT -7,
    "position" BLOB NOT NULL
);

-- CreateTable
CREATE TABLE "Log" (
    "profileId" TEXT NOT NULL,
    "auditItemTenantId" TEXT NOT NULL,
    "auditItemNumber" INTEGER NOT NULL,

    PRIMARY KEY ("profileId", "auditItemTenantId", "auditItemNumber"),
    CONSTRAINT "Log_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "Profile" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Log_auditItemTenantId_auditItemNumber_fkey" FOREIGN KEY ("auditItemTenantId", "auditItemNumber") REFERENCES "AuditItem" ("tenantId", "number") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Tag" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "status" BIGINT NOT NULL DEFAULT 1234567890123
);

-- CreateIndex
CREATE UNIQUE INDEX "User_handle_key" ON "User"("handle");

-- CreateIndex
CREATE INDEX "user_version_0_ix" ON "User"("version", "color2");

-- CreateIndex
CREATE INDEX "User_color2_idx" ON "User"("color2");

-- CreateIndex
CREATE UNIQUE INDEX "user_pair_key" ON "User"("color", "endsAt");

-- CreateIndex
CREATE INDEX "Token_tokenId_idx" ON "Token"("tokenId");

-- CreateIndex
CREATE INDEX "Token_userNumber_idx" ON "Token"("userNumber");

-- CreateIndex
CREATE INDEX "token_usernumber_1_ix" ON "Token"("userNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Token_userTenantId_userNumber_key" ON "Token"("userTenantId", "userNumber");

-- CreateIndex
CREATE UNIQUE INDEX "AuditItem_ratio_key" ON "AuditItem"("ratio");

-- CreateIndex
CREATE INDEX "audititem_count_0_ix" ON "AuditItem"("count_col");

-- CreateIndex
CREATE UNIQUE INDEX "Item_v2_expiresAt_key" ON "Item_v2"("expiresAt");

-- CreateIndex
CREATE INDEX "Item_v2_avatar_idx" ON "Item_v2"("avatar" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Tag_status_key" ON "Tag"("status");

-- CreateIndex
CREATE INDEX "Tag_status_idx" ON "Tag"("status" DESC);

-- CreateIndex
CREATE INDEX "tag_status_1_ix" ON "Tag"("status");
