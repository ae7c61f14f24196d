-- CreateTable
CREATE TABLE "audits" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "verified" DATETIME NOT NULL,
    "kind" REAL NOT NULL
);

-- CreateTable
CREATE TABLE "reviews" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "flags" TEXT NOT NULL DEFAULT 'back\slash',
    "fileKind" TEXT NOT NULL,
    "reviewTenantId" TEXT,
    "reviewNumber" INTEGER,

    PRIMARY KEY ("tenantId", "number"),
    CONSTRAINT "reviews_reviewTenantId_reviewNumber_fkey" FOREIGN KEY ("reviewTenantId", "reviewNumber") REFERENCES "reviews" ("tenantId", "number") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "audits_slug_key" ON "audits"("slug");

-- CreateIndex
CREATE INDEX "audits_kind_idx" ON "audits"("kind");

-- CreateIndex
CREATE INDEX "reviews_reviewTenantId_idx" ON "reviews"("reviewTenantId" DESC);

-- CreateIndex
CREATE INDEX "reviews_fileKind_idx" ON "reviews"("fileKind");

-- CreateIndex
CREATE UNIQUE INDEX "reviews_fileKind_flags_key" ON "reviews"("fileKind", "flags");
