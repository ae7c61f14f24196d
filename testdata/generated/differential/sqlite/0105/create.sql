-- CreateTable
CREATE TABLE "User" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "email" TEXT NOT NULL,
    "label" BLOB,
    "flags" DECIMAL NOT NULL DEFAULT 1.5,
    "status" TEXT DEFAULT 'a "quoted" word',
    "body" TEXT NOT NULL,
    "secret" INTEGER NOT NULL,
    "fileKind" TEXT,
    "userTenantId" TEXT,
    "userNumber" INTEGER,

    PRIMARY KEY ("tenantId", "number"),
    CONSTRAINT "User_userTenantId_userNumber_fkey" FOREIGN KEY ("userTenantId", "userNumber") REFERENCES "User" ("tenantId", "number") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "StoreHistory" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "flags" TEXT NOT NULL,
    "sessionKind" TEXT NOT NULL DEFAULT 'Published',
    "storeHistorySlug" TEXT,
    CONSTRAINT "StoreHistory_storeHistorySlug_fkey" FOREIGN KEY ("storeHistorySlug") REFERENCES "StoreHistory" ("slug") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "StoreHistory_slug_key" ON "StoreHistory"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "storehistory_sessionkind_uq" ON "StoreHistory"("sessionKind");

-- CreateIndex
CREATE INDEX "StoreHistory_storeHistorySlug_idx" ON "StoreHistory"("storeHistorySlug");

-- CreateIndex
CREATE INDEX "storehistory_flags_0_ix" ON "StoreHistory"("flags" DESC);

-- CreateIndex
CREATE INDEX "storehistory_storehistoryslug_1_ix" ON "StoreHistory"("storeHistorySlug" DESC);
