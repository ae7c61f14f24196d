-- CreateTable
CREATE TABLE "sessions" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "email" INTEGER NOT NULL DEFAULT 42,
    "avatar" INTEGER,
    "verified" BIGINT NOT NULL,
    "price" DATETIME NOT NULL,
    "status" INTEGER NOT NULL,
    "postKind" TEXT,
    "auditTenantId" TEXT,
    "auditNumber" INTEGER,
    "auditTenantId2" TEXT,
    "auditnumber2_ref" INTEGER,
    CONSTRAINT "sessions_auditTenantId_auditNumber_fkey" FOREIGN KEY ("auditTenantId", "auditNumber") REFERENCES "Audit" ("tenantId", "number") ON DELETE SET DEFAULT ON UPDATE SET NULL,
    CONSTRAINT "sessions_auditTenantId2_auditnumber2_ref_fkey" FOREIGN KEY ("auditTenantId2", "auditnumber2_ref") REFERENCES "Audit" ("tenantId", "number") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RatingEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "createdAt" TEXT NOT NULL,
    "position" DECIMAL DEFAULT 0,
    "flags" REAL DEFAULT -2.25,
    "rank" JSONB NOT NULL,
    "note" INTEGER NOT NULL DEFAULT 42
);

-- CreateTable
CREATE TABLE "Audit" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "createdAt" JSONB NOT NULL,
    "count_col" TEXT DEFAULT 'a "quoted" word',
    "balance" REAL NOT NULL,
    "verified" JSONB NOT NULL,
    "name" DATETIME NOT NULL DEFAULT '2024-01-02 03:04:05 +00:00',
    "ratingEntryId" TEXT NOT NULL,

    PRIMARY KEY ("tenantId", "number"),
    CONSTRAINT "Audit_ratingEntryId_fkey" FOREIGN KEY ("ratingEntryId") REFERENCES "RatingEntry" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Task" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "slug" INTEGER NOT NULL,
    "slug2" REAL,
    "slug3" INTEGER NOT NULL DEFAULT 42,
    "rank" INTEGER NOT NULL DEFAULT 1,
    "raw" NUMERIC,
    "auditTenantId" TEXT NOT NULL,
    "auditNumber" INTEGER NOT NULL,
    CONSTRAINT "Task_auditTenantId_auditNumber_fkey" FOREIGN KEY ("auditTenantId", "auditNumber") REFERENCES "Audit" ("tenantId", "number") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Price" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "rank" DATETIME NOT NULL,
    "paymentKind" TEXT DEFAULT 'draft',
    "raw" circle,
    "auditTenantId" TEXT NOT NULL,
    "auditNumber" INTEGER NOT NULL,
    CONSTRAINT "Price_auditTenantId_auditNumber_fkey" FOREIGN KEY ("auditTenantId", "auditNumber") REFERENCES "Audit" ("tenantId", "number") ON DELETE NO ACTION ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Product" (
    "ratingEntryId" TEXT NOT NULL,
    "priceId" INTEGER NOT NULL,
    "assignedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("ratingEntryId", "priceId"),
    CONSTRAINT "Product_ratingEntryId_fkey" FOREIGN KEY ("ratingEntryId") REFERENCES "RatingEntry" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Product_priceId_fkey" FOREIGN KEY ("priceId") REFERENCES "Price" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "sessions_slug_key" ON "sessions"("slug");

-- CreateIndex
CREATE INDEX "sessions_price_idx" ON "sessions"("price");

-- CreateIndex
CREATE INDEX "sessions_auditNumber_idx" ON "sessions"("auditNumber");

-- CreateIndex
CREATE UNIQUE INDEX "sessions_auditTenantId_auditNumber_key" ON "sessions"("auditTenantId", "auditNumber");

-- CreateIndex
CREATE UNIQUE INDEX "RatingEntry_email_key" ON "RatingEntry"("email");

-- CreateIndex
CREATE UNIQUE INDEX "RatingEntry_createdAt_key" ON "RatingEntry"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "RatingEntry_createdAt_note_key" ON "RatingEntry"("createdAt", "note");

-- CreateIndex
CREATE INDEX "Audit_name_count_col_idx" ON "Audit"("name", "count_col");

-- CreateIndex
CREATE INDEX "Audit_ratingEntryId_idx" ON "Audit"("ratingEntryId");

-- CreateIndex
CREATE UNIQUE INDEX "Audit_count_col_name_key" ON "Audit"("count_col", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Task_email_key" ON "Task"("email");

-- CreateIndex
CREATE INDEX "Task_slug3_idx" ON "Task"("slug3");

-- CreateIndex
CREATE INDEX "Task_slug2_auditNumber_idx" ON "Task"("slug2", "auditNumber");

-- CreateIndex
CREATE INDEX "Price_auditTenantId_idx" ON "Price"("auditTenantId" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Price_auditTenantId_auditNumber_key" ON "Price"("auditTenantId", "auditNumber");
