-- CreateTable
CREATE TABLE "Team" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "hash" JSONB,
    "ratio" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endsAt" JSONB,
    "code" TEXT NOT NULL DEFAULT 'hello',
    "teamSlug" TEXT,
    CONSTRAINT "Team_teamSlug_fkey" FOREIGN KEY ("teamSlug") REFERENCES "Team" ("slug") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Role" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "createdAt" INTEGER DEFAULT -7,
    "payload" BLOB,
    "version" JSONB,
    "payload2" DATETIME NOT NULL DEFAULT '2024-01-02 03:04:05 +00:00',
    "secret" TEXT NOT NULL,
    "price" DATETIME NOT NULL DEFAULT '2024-01-02 03:04:05 +00:00',

    PRIMARY KEY ("tenantId", "number")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "ratio" DATETIME,
    "level" DATETIME,
    "rank" TEXT NOT NULL DEFAULT 'x',
    "ratio2" INTEGER NOT NULL,
    "slug" INTEGER NOT NULL DEFAULT -7
);

-- CreateTable
CREATE TABLE "Device" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "balance" INTEGER NOT NULL DEFAULT 1,
    "color" BIGINT NOT NULL,
    "version" TEXT,
    "roleTenantId" TEXT NOT NULL,
    "roleNumber" INTEGER NOT NULL,
    "userId" TEXT,
    "userId2" TEXT NOT NULL,
    CONSTRAINT "Device_roleTenantId_roleNumber_fkey" FOREIGN KEY ("roleTenantId", "roleNumber") REFERENCES "Role" ("tenantId", "number") ON DELETE SET DEFAULT ON UPDATE CASCADE,
    CONSTRAINT "Device_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE SET DEFAULT,
    CONSTRAINT "Device_userId2_fkey" FOREIGN KEY ("userId2") REFERENCES "User" ("id") ON DELETE NO ACTION ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Cart" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "updatedAt" BLOB NOT NULL,
    "slug" BLOB,
    "label" DATETIME,
    "updatedAt2" INTEGER DEFAULT -7,
    "weight" TEXT NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "Team_slug_key" ON "Team"("slug");

-- CreateIndex
CREATE INDEX "Team_teamSlug_idx" ON "Team"("teamSlug");

-- CreateIndex
CREATE INDEX "team_teamslug_1_ix" ON "Team"("teamSlug" DESC);

-- CreateIndex
CREATE INDEX "Role_payload2_idx" ON "Role"("payload2");

-- CreateIndex
CREATE INDEX "Role_createdAt_idx" ON "Role"("createdAt" DESC);

-- CreateIndex
CREATE INDEX "Device_roleTenantId_roleNumber_idx" ON "Device"("roleTenantId", "roleNumber");

-- CreateIndex
CREATE INDEX "Device_userId_idx" ON "Device"("userId");

-- CreateIndex
CREATE INDEX "Device_userId2_idx" ON "Device"("userId2");

-- CreateIndex
CREATE UNIQUE INDEX "Cart_weight_key" ON "Cart"("weight");

-- CreateIndex
CREATE INDEX "cart_label_0_ix" ON "Cart"("label");

-- CreateIndex
CREATE INDEX "Cart_updatedAt2_idx" ON "Cart"("updatedAt2");
