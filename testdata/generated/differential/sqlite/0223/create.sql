-- CreateTable
CREATE TABLE "Address" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "label" DECIMAL NOT NULL,
    "avatar_col" BOOLEAN NOT NULL,
    "hash" TEXT NOT NULL DEFAULT 'back\slash',
    "priceKind" TEXT DEFAULT 'draft'
);

-- CreateTable
CREATE TABLE "plans" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "handle" TEXT NOT NULL,
    "size_col" JSONB,
    "level" BLOB NOT NULL,
    "rank" TEXT DEFAULT 'a "quoted" word',
    "publishedAt" BIGINT,
    "isActive" TEXT NOT NULL DEFAULT 'back\slash',
    "expiresAt" INTEGER NOT NULL,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateIndex
CREATE UNIQUE INDEX "plans_handle_key" ON "plans"("handle");

-- CreateIndex
CREATE INDEX "plans_handle_idx" ON "plans"("handle");

-- CreateIndex
CREATE INDEX "plan_publishedat_1_ix" ON "plans"("publishedAt", "rank");
