-- CreateTable
CREATE TABLE "Role" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "isActive" DATETIME
);

-- CreateTable
CREATE TABLE "Event" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "level" INTEGER NOT NULL DEFAULT 42,
    "avatar" DATETIME,
    "price" BIGINT DEFAULT 1234567890123,
    "email" INTEGER,
    "expiresAt" TEXT NOT NULL,
    "accountKind" TEXT DEFAULT 'Published',
    "raw" circle
);

-- CreateTable
CREATE TABLE "Category" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "handle" TEXT NOT NULL,
    "label" BIGINT,
    "version" TEXT DEFAULT 'back\slash',
    "status" JSONB,
    "rank" BIGINT NOT NULL,
    "flags" REAL NOT NULL DEFAULT 0,
    "taskKind" TEXT,
    "updatedAt" DATETIME NOT NULL,
    "eventId" INTEGER NOT NULL,
    "categoryNumber" INTEGER,
    "categoryTenantId" TEXT,

    PRIMARY KEY ("number", "tenantId"),
    CONSTRAINT "Category_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Category_categoryNumber_categoryTenantId_fkey" FOREIGN KEY ("categoryNumber", "categoryTenantId") REFERENCES "Category" ("number", "tenantId") ON DELETE SET DEFAULT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "refunds" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "handle" TEXT NOT NULL,
    "rank" REAL NOT NULL DEFAULT 0,
    "updatedAt" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "count" BLOB,
    "count2" JSONB NOT NULL,
    "url" INTEGER,
    "accountKind" TEXT NOT NULL DEFAULT 'Published',

    PRIMARY KEY ("tenantId", "number")
);

-- CreateIndex
CREATE UNIQUE INDEX "Role_email_key" ON "Role"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Role_isActive_key" ON "Role"("isActive");

-- CreateIndex
CREATE INDEX "Role_email_idx" ON "Role"("email");

-- CreateIndex
CREATE INDEX "role_isactive_1_ix" ON "Role"("isActive");

-- CreateIndex
CREATE UNIQUE INDEX "Event_slug_key" ON "Event"("slug");

-- CreateIndex
CREATE INDEX "Event_avatar_idx" ON "Event"("avatar" DESC);

-- CreateIndex
CREATE INDEX "Event_level_idx" ON "Event"("level");

-- CreateIndex
CREATE UNIQUE INDEX "Category_handle_key" ON "Category"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "Category_flags_key" ON "Category"("flags");

-- CreateIndex
CREATE UNIQUE INDEX "Category_eventId_key" ON "Category"("eventId");

-- CreateIndex
CREATE INDEX "category_categorynumber_0_ix" ON "Category"("categoryNumber" DESC);

-- CreateIndex
CREATE INDEX "Category_rank_idx" ON "Category"("rank" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "refunds_handle_key" ON "refunds"("handle");
